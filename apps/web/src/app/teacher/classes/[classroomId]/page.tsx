import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { ActionForm } from "@/components/form/action-form";
import { Field, HiddenField, SelectField } from "@/components/form/fields";
import { inputLimits } from "@/components/form/input-limits";
import { AssignForm } from "@/components/teacher/assign-form";
import { requireTeacher } from "@/server/auth/guards";
import {
  archiveClassroomAction,
  regenerateJoinCodeAction,
  removeStudentAction,
  renameClassroomAction,
  restoreClassroomAction,
} from "@/server/teacher/actions";
import { listAssignmentsForClassroom } from "@/server/teacher/assignments";
import { findOwnedClassroom } from "@/server/teacher/classrooms";
import { listQuizSets } from "@/server/teacher/quiz-sets";
import { cuidSchema, renameClassroomSchema } from "@/server/teacher/teacher-schemas";
import { viewerDateFormat } from "@/server/viewer-dates";

export const metadata: Metadata = { robots: { index: false } };

export default async function ClassroomPage({ params }: PageProps<"/teacher/classes/[classroomId]">) {
  const { classroomId } = await params;
  const { user, db } = await requireTeacher(`/teacher/classes/${classroomId}`);
  const id = cuidSchema.safeParse(classroomId);
  if (!id.success) notFound();
  const classroom = await findOwnedClassroom(db, user.id, id.data);
  if (!classroom) notFound();
  const [t, dateTime, assignments, quizSets, requestHeaders] = await Promise.all([
    getTranslations("teacher"),
    viewerDateFormat(),
    listAssignmentsForClassroom(db, user.id, classroom.id),
    listQuizSets(db, user.id),
    headers(),
  ]);
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  const joinLink = `${protocol}://${host}/join/${classroom.joinCode}`;
  const now = new Date();
  const isExpired = classroom.joinCodeExpiresAt !== null && classroom.joinCodeExpiresAt <= now;
  return (
    <section className="teacher">
      <p>
        <Link href="/teacher">← {t("dashboard.title")}</Link>
      </p>
      <h1>
        {classroom.name}
        {classroom.archivedAt && <span className="badge">{t("classes.archived")}</span>}
      </h1>

      <section aria-labelledby="join-heading" className="card teacher__section">
        <h2 id="join-heading">{t("classroom.joinHeading")}</h2>
        <p>
          {t("classroom.joinCodeLabel")}{" "}
          <code className="join-code join-code--large" data-testid="join-code">
            {classroom.joinCode}
          </code>
        </p>
        <p>
          {t("classroom.joinLinkLabel")} <a href={joinLink}>{joinLink}</a>
        </p>
        <p className={isExpired ? "form__error" : "muted"}>
          {classroom.joinCodeExpiresAt
            ? t(isExpired ? "classroom.expired" : "classroom.expires", {
                date: dateTime(classroom.joinCodeExpiresAt),
              })
            : t("classroom.noExpiry")}
        </p>
        <ActionForm
          messages="teacher.errors"
          action={regenerateJoinCodeAction}
          submitLabel={t("classroom.regenerate")}
          buttonClassName="button"
          confirmText={t("classroom.regenerateConfirm")}
        >
          <HiddenField name="classroomId" value={classroom.id} />
          <SelectField
            name="validity"
            label={t("classroom.validity")}
            defaultValue="30"
            options={[
              { value: "7", label: t("classroom.validityDays", { days: 7 }) },
              { value: "30", label: t("classroom.validityDays", { days: 30 }) },
              { value: "none", label: t("classroom.validityNone") },
            ]}
          />
        </ActionForm>
      </section>

      <section aria-labelledby="roster-heading" className="teacher__section">
        <h2 id="roster-heading">{t("classroom.rosterHeading", { count: classroom.roster.length })}</h2>
        {classroom.roster.length === 0 ? (
          <p className="empty-state">{t("classroom.rosterEmpty")}</p>
        ) : (
          <DataTable
            caption={t("classroom.rosterCaption")}
            className="teacher-table"
            scroll
            rows={classroom.roster}
            rowKey={(student) => student.id}
            columns={[
              {
                key: "name",
                header: t("classroom.student"),
                isRowHeader: true,
                cell: (student) => student.name,
              },
              { key: "email", header: t("classroom.email"), cell: (student) => student.email },
              {
                key: "joinedAt",
                header: t("classroom.joinedAt"),
                cell: (student) => dateTime(student.joinedAt),
              },
              {
                key: "actions",
                header: t("classroom.actions"),
                cell: (student) => (
                  <ActionForm
                    messages="teacher.errors"
                    action={removeStudentAction}
                    submitLabel={t("classroom.remove", { name: student.name })}
                    buttonClassName="button button--ghost"
                    className="inline-form"
                    confirmText={t("classroom.removeConfirm", { name: student.name })}
                  >
                    <HiddenField name="classroomId" value={classroom.id} />
                    <HiddenField name="studentId" value={student.id} />
                  </ActionForm>
                ),
              },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="assignments-heading" className="teacher__section">
        <h2 id="assignments-heading">{t("classroom.assignmentsHeading")}</h2>
        {assignments.length === 0 ? (
          <p className="empty-state">{t("classroom.assignmentsEmpty")}</p>
        ) : (
          <ul className="teacher-list">
            {assignments.map((assignment) => (
              <li key={assignment.id} className="card">
                <Link href={`/teacher/assignments/${assignment.id}`}>{assignment.quizSet.title}</Link>
                <p className="muted">
                  {t("classroom.assignmentSummary", {
                    opens: dateTime(assignment.opensAt),
                    due: dateTime(assignment.dueAt),
                    submitted: assignment.submittedCount,
                    total: classroom.roster.length,
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
        {!classroom.archivedAt &&
          (quizSets.length === 0 ? (
            <p>
              <Link href="/teacher/quiz-sets/new">{t("classroom.needSet")}</Link>
            </p>
          ) : (
            <div className="card">
              <h3>{t("assign.heading")}</h3>
              <AssignForm
                fixed={{ name: "classroomId", value: classroom.id }}
                choose={{
                  name: "quizSetId",
                  label: t("assign.quizSet"),
                  options: quizSets.map((set) => ({ value: set.id, label: set.title })),
                }}
                now={now}
              />
            </div>
          ))}
      </section>

      <section aria-labelledby="settings-heading" className="card teacher__section">
        <h2 id="settings-heading">{t("classroom.settingsHeading")}</h2>
        <ActionForm
          messages="teacher.errors"
          action={renameClassroomAction}
          submitLabel={t("classroom.rename")}
          buttonClassName="button"
        >
          <HiddenField name="classroomId" value={classroom.id} />
          <Field
            name="name"
            label={t("classes.name")}
            defaultValue={classroom.name}
            required
            limits={inputLimits(renameClassroomSchema).name}
          />
        </ActionForm>
        {classroom.archivedAt ? (
          <ActionForm
            messages="teacher.errors"
            action={restoreClassroomAction}
            submitLabel={t("classroom.restore")}
            buttonClassName="button"
          >
            <HiddenField name="classroomId" value={classroom.id} />
          </ActionForm>
        ) : (
          <ActionForm
            messages="teacher.errors"
            action={archiveClassroomAction}
            submitLabel={t("classroom.archive")}
            buttonClassName="button button--ghost"
            confirmText={t("classroom.archiveConfirm")}
          >
            <HiddenField name="classroomId" value={classroom.id} />
            <p className="field__hint">{t("classroom.archiveHint")}</p>
          </ActionForm>
        )}
      </section>
    </section>
  );
}
