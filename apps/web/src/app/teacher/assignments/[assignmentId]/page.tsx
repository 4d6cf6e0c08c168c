import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { localized } from "@/lib/localized";
import { requireTeacher } from "@/server/teacher/access";
import { loadAssignmentReport } from "@/server/teacher/report";
import { cuidSchema } from "@/server/teacher/teacher-schemas";

export const metadata: Metadata = { robots: { index: false } };

const BIN_LABELS = ["0–19", "20–39", "40–59", "60–79", "80–100"];

export default async function AssignmentReportPage({
  params,
}: PageProps<"/teacher/assignments/[assignmentId]">) {
  const { assignmentId } = await params;
  const { user, db } = await requireTeacher(`/teacher/assignments/${assignmentId}`);
  const id = cuidSchema.safeParse(assignmentId);
  if (!id.success) notFound();
  const locale = toLocale(await getLocale());
  const report = await loadAssignmentReport(db, user.id, id.data, locale);
  if (!report) notFound();
  const [t, tTypes, format] = await Promise.all([
    getTranslations("teacher"),
    getTranslations("questionTypes"),
    getFormatter(),
  ]);
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
  const seconds = (ms: number | null) =>
    ms === null ? "—" : t("report.seconds", { seconds: Math.round(ms / 1000) });
  const maxBin = Math.max(1, ...report.distribution);
  const base = `/api/teacher/assignments/${report.assignment.id}`;
  return (
    <section className="teacher report">
      <p>
        <Link href={`/teacher/classes/${report.assignment.classroom.id}`}>
          ← {report.assignment.classroom.name}
        </Link>
      </p>
      <h1>{t("report.heading", { title: report.quizSet.title })}</h1>
      <p className="muted">
        {t("report.window", {
          opens: dateTime(report.assignment.opensAt),
          due: dateTime(report.assignment.dueAt),
        })}
      </p>

      <div className="report__summary">
        <div className="card">
          <h2>{t("report.completion")}</h2>
          <p className="report__big">
            {t("report.completionValue", { submitted: report.submittedCount, total: report.rosterSize })}
          </p>
        </div>
        <div className="card">
          <h2>{t("report.average")}</h2>
          <p className="report__big">{percent(report.averageScore)}</p>
        </div>
        <div className="card">
          <h2>{t("report.downloads")}</h2>
          <p>
            <a href={`${base}/students`} download className="button">
              {t("report.downloadStudents")}
            </a>{" "}
            <a href={`${base}/questions`} download className="button">
              {t("report.downloadQuestions")}
            </a>
          </p>
        </div>
      </div>

      <section aria-labelledby="distribution-heading" className="teacher__section">
        <h2 id="distribution-heading">{t("report.distribution")}</h2>
        <table className="teacher-table report__distribution">
          <caption>{t("report.distributionCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.scoreRange")}</th>
              <th scope="col">{t("report.studentsCount")}</th>
            </tr>
          </thead>
          <tbody>
            {report.distribution.map((count, index) => (
              <tr key={BIN_LABELS[index]}>
                <th scope="row">{BIN_LABELS[index]}%</th>
                <td>
                  <span
                    className="report__bar"
                    style={{ width: `${(count / maxBin) * 100}%` }}
                    aria-hidden="true"
                  />
                  {count}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="students-heading" className="teacher__section">
        <h2 id="students-heading">{t("report.studentsHeading")}</h2>
        {report.students.length === 0 ? (
          <p className="empty-state">{t("classroom.rosterEmpty")}</p>
        ) : (
          <div className="table-scroll">
            <table className="teacher-table">
              <caption>{t("report.studentsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("classroom.student")}</th>
                  <th scope="col">{t("report.status")}</th>
                  <th scope="col">{t("report.score")}</th>
                  <th scope="col">{t("report.time")}</th>
                  <th scope="col">{t("report.attempts")}</th>
                  <th scope="col">{t("report.submittedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {report.students.map((student) => (
                  <tr key={student.studentId}>
                    <th scope="row">
                      {student.name}
                      {student.isRemoved && <span className="badge">{t("report.removed")}</span>}
                    </th>
                    <td>{t(`report.statuses.${student.status}`)}</td>
                    <td>
                      {student.score === null
                        ? "—"
                        : `${percent(student.score)} (${student.correctCount}/${student.questionCount})`}
                    </td>
                    <td>{seconds(student.timeTakenMs)}</td>
                    <td>
                      {student.attempts} / {report.quizSet.attemptsAllowed}
                    </td>
                    <td>{student.submittedAt ? dateTime(student.submittedAt) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="questions-heading" className="teacher__section">
        <h2 id="questions-heading">{t("report.questionsHeading")}</h2>
        <p className="muted">{t("report.discriminationHint")}</p>
        {report.questions.length === 0 ? (
          <p className="empty-state">{t("report.noAnswers")}</p>
        ) : (
          <div className="table-scroll">
            <table className="teacher-table">
              <caption>{t("report.questionsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("report.question")}</th>
                  <th scope="col">{t("report.answered")}</th>
                  <th scope="col">{t("report.facility")}</th>
                  <th scope="col">{t("report.discrimination")}</th>
                  <th scope="col">{t("report.topWrong")}</th>
                </tr>
              </thead>
              <tbody>
                {report.questions.map((question) => (
                  <tr key={question.questionId}>
                    <th scope="row">
                      {question.number}. <span className="muted">[{tTypes(question.type)}]</span>{" "}
                      {localized(question.stem, locale)}
                    </th>
                    <td>{question.answered}</td>
                    <td>{percent(question.facility)}</td>
                    <td>{question.discrimination === null ? "—" : question.discrimination.toFixed(2)}</td>
                    <td>
                      {question.topWrongAnswer ? (
                        <>
                          {t("report.topWrongValue", {
                            text: question.topWrongAnswer.text,
                            count: question.topWrongAnswer.count,
                          })}
                          {question.topWrongAnswer.misconception && (
                            <p className="muted">
                              {t("report.misconception", {
                                fact: localized(question.topWrongAnswer.misconception, locale),
                              })}
                            </p>
                          )}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="facts-heading" className="teacher__section">
        <h2 id="facts-heading">{t("report.factsHeading")}</h2>
        {report.facts.length === 0 ? (
          <p className="empty-state">{t("report.noAnswers")}</p>
        ) : (
          <div className="table-scroll">
            <table className="teacher-table">
              <caption>{t("report.factsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("report.fact")}</th>
                  <th scope="col">{t("report.answered")}</th>
                  <th scope="col">{t("report.mastery")}</th>
                </tr>
              </thead>
              <tbody>
                {report.facts.map((fact) => (
                  <tr key={fact.factId}>
                    <th scope="row">
                      {localized(fact.label, locale)}
                      <p className="muted">{localized(fact.statement, locale)}</p>
                    </th>
                    <td>{fact.answered}</td>
                    <td>{percent(fact.mastery)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
