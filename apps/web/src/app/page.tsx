import { getDatabase } from "@jiji/db";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NextActions } from "@/components/progress/next-actions";
import { currentUser } from "@/server/session";
import { listOpenAssignmentsForStudent } from "@/server/teacher/assignments";

export default async function HomePage() {
  const [user, t] = await Promise.all([currentUser(), getTranslations("home")]);
  if (!user) {
    return (
      <section className="hero">
        <h1>{t("heroTitle")}</h1>
        <p className="hero__body">{t("heroBody")}</p>
        <div className="hero__actions">
          <Link href="/signup" className="button button--primary button--large">
            {t("getStarted")}
          </Link>
          <Link href="/signin" className="button button--ghost button--large">
            {t("haveAccount")}
          </Link>
        </div>
      </section>
    );
  }
  const now = new Date();
  const openAssignments = await listOpenAssignmentsForStudent(await getDatabase(), user.id, now);
  return (
    <section>
      <h1>{t("welcome", { name: user.name })}</h1>
      <NextActions
        userId={user.id}
        now={now}
        assignments={openAssignments.map((assignment) => ({
          id: assignment.id,
          title: assignment.title,
          dueAt: assignment.dueAt,
          href: assignment.openAttemptId ? `/quiz/${assignment.openAttemptId}` : "/classes",
        }))}
      />
    </section>
  );
}
