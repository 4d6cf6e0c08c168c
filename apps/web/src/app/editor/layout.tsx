import type { ReactNode } from "react";
import { ClientMessages } from "@/i18n/client-messages";
import "./editor.css";

/** The editor's pages; their client forms (create, facts, questions, publish) read the editor's messages. */
export default function EditorLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["editor"]}>
      <div className="editor">{children}</div>
    </ClientMessages>
  );
}
