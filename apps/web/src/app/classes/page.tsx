import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/form/action-form";
import { Field, HiddenField } from "@/components/form/fields";
import { inputLimits } from "@/components/form/input-limits";
import { ClientMessages } from "@/i18n/client-messages";
import { requireUser } from "@/server/auth/guards";
import { joinClassroomAction, startAssignmentAction } from "@/server/teacher/actions";
import {
  listAssignmentsForStudent,
  listClassroomsForStudent,
  type StudentAssignment,
} from "@/server/teacher/assignments";
import { joinClassroomSchema } from "@/server/teacher/teacher-schemas";
import { viewerDateFormat } from "@/server/viewer-dates";
import "@/app/teacher.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teacher"))("student.title"), robots: { index: false } };
}

const GROUPS = [
  ["in-progress", "todo"],
  ["upcoming"],
  ["done"],
  ["late"],
] as const satisfies readonly (readonly StudentAssignment["status"][])[];
const GROUP_KEYS = ["todo", "upcoming", "done", "late"] as const;

export default async function MyClassesPage() {
  const user = await requireUser("/classes");
  const db = await getDatabase();
  const [t, dateTime, classrooms, assignments] = await Promise.all([
    getTranslations("teacher"),
    viewerDateFormat(),
    listClassroomsForStudent(db, user.id),
    listAssignmentsForStudent(db, user.id),
  ]);
  return (
    <ClientMessages namespaces={["teacher.errors"]}>
      <section className="teacher student-classes">
        <h1>{t("student.title")}</h1>
        {user.role === "teacher" && (
          <p className="muted">
            {t("student.teacherHint")} <Link href="/teacher">{t("dashboard.title")}</Link>
          </p>
        )}
        {GROUPS.map((statuses, index) => {
          const rows = assignments.filter((assignment) =>
            (statuses as readonly string[]).includes(assignment.status),
          );
          const key = GROUP_KEYS[index]!;
          if (key !== "todo" && rows.length === 0) return null;
          return (
            <section key={key} aria-labelledby={`group-${key}`} className="teacher__section">
              <h2 id={`group-${key}`}>{t(`student.groups.${key}`, { count: rows.length })}</h2>
              {rows.length === 0 ? (
                <p className="empty-state">{t("student.nothingToDo")}</p>
              ) : (
                <ul className="teacher-list">
                  {rows.map((assignment) => (
                    <li key={assignment.id} className="card assignment-card">
                      <h3>{assignment.title}</h3>
                      <p className="muted">
                        {assignment.classroomName} ・ {t("student.due", { due: dateTime(assignment.dueAt) })}
                      </p>
                      <p>
                        {t("student.rules", {
                          count: assignment.questionCount,
                          used: assignment.attemptsUsed,
                          allowed: assignment.attemptsAllowed,
                        })}
                      </p>
                      {assignment.timeLimitSeconds ? (
                        <p>
                          <strong>
                            {t("student.timeLimit", {
                              minutes: Math.round(assignment.timeLimitSeconds / 60),
                            })}
                          </strong>
                        </p>
                      ) : null}
                      {assignment.status === "upcoming" && (
                        <p>{t("student.opens", { opens: dateTime(assignment.opensAt) })}</p>
                      )}
                      {assignment.status === "done" && assignment.bestAttempt && (
                        <p>
                          <Link href={`/quiz/${assignment.bestAttempt.id}/results`}>
                            {t("student.seeResults")}
                          </Link>
                        </p>
                      )}
                      {(assignment.status === "todo" ||
                        assignment.status === "in-progress" ||
                        (assignment.status === "done" &&
                          assignment.attemptsUsed < assignment.attemptsAllowed &&
                          new Date() < assignment.dueAt)) && (
                        <ActionForm
                          messages="teacher.errors"
                          action={startAssignmentAction}
                          submitLabel={
                            assignment.status === "in-progress"
                              ? t("student.resume")
                              : assignment.status === "done"
                                ? t("student.retake")
                                : t("student.start")
                          }
                          className="inline-form"
                          messageValues={{
                            opensAt: dateTime(assignment.opensAt),
                            dueAt: dateTime(assignment.dueAt),
                            attemptsAllowed: assignment.attemptsAllowed,
                          }}
                        >
                          <HiddenField name="assignmentId" value={assignment.id} />
                        </ActionForm>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}

        <section aria-labelledby="my-classes" className="teacher__section">
          <h2 id="my-classes">{t("student.classesHeading")}</h2>
          {classrooms.length === 0 ? (
            <p className="empty-state">{t("student.noClasses")}</p>
          ) : (
            <ul className="teacher-list">
              {classrooms.map((classroom) => (
                <li key={classroom.id}>
                  {classroom.name} <span className="muted">({classroom.teacherName})</span>
                </li>
              ))}
            </ul>
          )}
          <div className="card card--narrow">
            <h3>{t("student.joinHeading")}</h3>
            <ActionForm
              messages="teacher.errors"
              action={joinClassroomAction}
              submitLabel={t("student.join")}
              pendingLabel={t("saving")}
            >
              <Field
                name="code"
                label={t("student.code")}
                hint={t("student.codeHint")}
                autoComplete="off"
                limits={inputLimits(joinClassroomSchema).code}
                required
              />
            </ActionForm>
          </div>
        </section>
      </section>
    </ClientMessages>
  );
}
