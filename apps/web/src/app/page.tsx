import { getDatabase } from "@jiji/db";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NextActions } from "@/components/progress/next-actions";
import { currentUser } from "@/server/auth/session";
import { listOpenAssignmentsForStudent } from "@/server/teacher/assignments";
import { listClassrooms } from "@/server/teacher/classrooms";

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
  const db = await getDatabase();
  const [openAssignments, classrooms] = await Promise.all([
    listOpenAssignmentsForStudent(db, user.id, now),
    user.role === "teacher" ? listClassrooms(db, user.id) : [],
  ]);
  const activeClassrooms = classrooms.filter((classroom) => !classroom.isArchived);
  return (
    <section>
      <h1>{t("welcome", { name: user.name })}</h1>
      {user.role === "teacher" && (
        <section className="card teacher-home" aria-labelledby="teacher-home-title">
          <h2 id="teacher-home-title">{t("teacherTitle")}</h2>
          <p>
            {t("teacherSummary", {
              classes: activeClassrooms.length,
              students: activeClassrooms.reduce((sum, classroom) => sum + classroom.studentCount, 0),
              assignments: activeClassrooms.reduce((sum, classroom) => sum + classroom.assignmentCount, 0),
            })}
          </p>
          <Link href="/teacher" className="button button--primary">
            {t("teacherOpen")}
          </Link>
        </section>
      )}
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
