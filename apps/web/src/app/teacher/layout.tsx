import type { ReactNode } from "react";
import { ClientMessages } from "@/i18n/client-messages";
import "@/app/teacher.css";

/** The teacher pages' client forms: their error texts and the quiz-set builder's labels. */
export default function TeacherLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["teacher.errors", "teacher.builder", "teacher.kinds", "questionTypes"]}>
      {children}
    </ClientMessages>
  );
}
