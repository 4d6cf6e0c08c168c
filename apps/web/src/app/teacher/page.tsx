import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/fields";
import { inputLimits } from "@/components/form/input-limits";
import { requireTeacher } from "@/server/auth/guards";
import { createClassroomAction } from "@/server/teacher/actions";
import { listClassrooms } from "@/server/teacher/classrooms";
import { listQuizSets } from "@/server/teacher/quiz-sets";
import { createClassroomSchema } from "@/server/teacher/teacher-schemas";
import { viewerDateFormat } from "@/server/viewer-dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teacher"))("dashboard.title"), robots: { index: false } };
}

export default async function TeacherDashboardPage() {
  const { user, db } = await requireTeacher("/teacher");
  const [t, dateTime, classrooms, quizSets] = await Promise.all([
    getTranslations("teacher"),
    viewerDateFormat(),
    listClassrooms(db, user.id),
    listQuizSets(db, user.id),
  ]);
  return (
    <section className="teacher">
      <h1>{t("dashboard.title")}</h1>

      <section aria-labelledby="classes-heading" className="teacher__section">
        <h2 id="classes-heading">{t("classes.heading")}</h2>
        {classrooms.length === 0 ? (
          <p className="empty-state">{t("classes.empty")}</p>
        ) : (
          <DataTable
            caption={t("classes.caption")}
            className="teacher-table"
            scroll
            rows={classrooms}
            rowKey={(classroom) => classroom.id}
            columns={[
              {
                key: "name",
                header: t("classes.name"),
                isRowHeader: true,
                cell: (classroom) => (
                  <>
                    <Link href={`/teacher/classes/${classroom.id}`}>{classroom.name}</Link>
                    {classroom.isArchived && <span className="badge">{t("classes.archived")}</span>}
                  </>
                ),
              },
              {
                key: "students",
                header: t("classes.students"),
                isNumeric: true,
                cell: (classroom) => classroom.studentCount,
              },
              {
                key: "assignments",
                header: t("classes.assignments"),
                isNumeric: true,
                cell: (classroom) => classroom.assignmentCount,
              },
              {
                key: "joinCode",
                header: t("classes.joinCode"),
                cell: (classroom) => <code className="join-code">{classroom.joinCode}</code>,
              },
            ]}
          />
        )}
        <div className="card">
          <h3>{t("classes.createHeading")}</h3>
          <ActionForm
            messages="teacher.errors"
            action={createClassroomAction}
            submitLabel={t("classes.create")}
            pendingLabel={t("saving")}
          >
            <Field
              name="name"
              label={t("classes.name")}
              required
              limits={inputLimits(createClassroomSchema).name}
            />
          </ActionForm>
        </div>
      </section>

      <section aria-labelledby="sets-heading" className="teacher__section">
        <h2 id="sets-heading">{t("quizSets.heading")}</h2>
        <p>
          <Link href="/teacher/quiz-sets/new" className="button button--primary">
            {t("quizSets.new")}
          </Link>
        </p>
        {quizSets.length === 0 ? (
          <p className="empty-state">{t("quizSets.empty")}</p>
        ) : (
          <ul className="teacher-list">
            {quizSets.map((set) => (
              <li key={set.id} className="card">
                <Link href={`/teacher/quiz-sets/${set.id}`}>{set.title}</Link>
                <p className="muted">
                  {t("quizSets.summary", {
                    count: set.questionCount,
                    attempts: set.attemptsAllowed,
                    created: dateTime(set.createdAt, "date"),
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
