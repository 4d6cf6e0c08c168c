import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { ItemScatter } from "@/components/teacher/item-scatter";
import { MasteryHeatmap } from "@/components/teacher/mastery-heatmap";
import { StudentPager } from "@/components/teacher/student-pager";
import { localized } from "@/lib/localized";
import { reportHref } from "@/server/teacher/report-href";
import { loadReportPage } from "@/server/teacher/report-page";
import {
  COUNTED_ATTEMPTS,
  MIN_STUDENTS_FOR_DISCRIMINATION,
  type StudentRow,
} from "@/server/teacher/report-statistics";
import { viewerDateFormat } from "@/server/viewer-dates";

export const metadata: Metadata = { robots: { index: false } };

const BIN_LABELS = ["0–19", "20–39", "40–59", "60–79", "80–100"];

export default async function AssignmentReportPage({
  params,
  searchParams,
}: PageProps<"/teacher/assignments/[assignmentId]">) {
  const { assignmentId } = await params;
  const { report, locale, shown, shownStudents, shownMastery, href } = await loadReportPage(
    assignmentId,
    await searchParams,
    "report",
  );
  const [t, tTypes, dateTime] = await Promise.all([
    getTranslations("teacher"),
    getTranslations("questionTypes"),
    viewerDateFormat(),
  ]);
  const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
  const decimal = (value: number | null) => (value === null ? "—" : value.toFixed(2));
  const seconds = (ms: number | null) =>
    ms === null ? "—" : t("report.seconds", { seconds: Math.round(ms / 1000) });
  const maxBin = Math.max(1, ...report.distribution);
  const csvBase = `/api/teacher/assignments/${report.assignment.id}`;
  const isIndicative = !report.hasEnoughStudents;
  const studentPager = (
    <StudentPager shown={shown} href={(page) => href("report", { page, fragment: "students-heading" })} />
  );
  /** Discrimination-type numbers below the class-size threshold: shown, but grey and labelled. */
  const indicative = (text: string) =>
    isIndicative && text !== "—" ? (
      <span className="report__indicative">
        {text} <small>({t("report.tooFewStudents")})</small>
      </span>
    ) : (
      text
    );

  const studentsTable = (rows: StudentRow[], caption: string) => (
    <DataTable
      caption={caption}
      className="teacher-table"
      scroll
      rows={rows}
      rowKey={(student) => student.studentId}
      columns={[
        {
          key: "name",
          header: t("classroom.student"),
          isRowHeader: true,
          cell: (student) => (
            <>
              {student.name}
              {student.isRemoved && <span className="badge">{t("report.removed")}</span>}
            </>
          ),
        },
        {
          key: "status",
          header: t("report.status"),
          cell: (student) => t(`report.statuses.${student.status}`),
        },
        {
          key: "score",
          header: t("report.score"),
          cell: (student) => (
            <>
              {student.score === null
                ? "—"
                : `${percent(student.score)} (${student.correctCount}/${student.questionCount})`}
              {!!student.notReachedCount && (
                <p className="muted">{t("report.notReachedNote", { count: student.notReachedCount })}</p>
              )}
            </>
          ),
        },
        {
          key: "time",
          header: t("report.time"),
          cell: (student) => seconds(student.timeTakenMs),
          isNumeric: true,
        },
        {
          key: "attempts",
          header: t("report.attempts"),
          cell: (student) =>
            student.countedAttemptNumber !== null && report.quizSet.attemptsAllowed > 1
              ? t("report.attemptsValue", {
                  attempts: student.attempts,
                  allowed: report.quizSet.attemptsAllowed,
                  number: student.countedAttemptNumber,
                })
              : `${student.attempts} / ${report.quizSet.attemptsAllowed}`,
        },
        {
          key: "submittedAt",
          header: t("report.submittedAt"),
          cell: (student) => (student.submittedAt ? dateTime(student.submittedAt) : "—"),
        },
      ]}
    />
  );

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

      <nav aria-labelledby="counted-attempt-heading" className="report__counted">
        <h2 id="counted-attempt-heading">{t("report.countedAttempt")}</h2>
        <ul>
          {COUNTED_ATTEMPTS.map((choice) => (
            <li key={choice}>
              <Link
                href={reportHref({
                  assignmentId: report.assignment.id,
                  countedAttempt: choice,
                  page: 1,
                  view: "report",
                })}
                aria-current={choice === report.countedAttempt ? "page" : undefined}
                className={choice === report.countedAttempt ? "button button--primary" : "button"}
              >
                {t(`report.countedAttempts.${choice}`)}
              </Link>
            </li>
          ))}
        </ul>
        <p className="muted">{t("report.countedAttemptHint")}</p>
      </nav>

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
          <h2>{t("report.reliability")}</h2>
          {report.reliability.alpha === null ? (
            <p className="muted">{t("report.reliabilityNone")}</p>
          ) : (
            <>
              <p className="report__big">
                {t("report.reliabilityValue", { alpha: decimal(report.reliability.alpha) })}
              </p>
              <p className="muted">
                {t("report.reliabilityN", {
                  n: report.reliability.n,
                  questions: report.reliability.questionCount,
                })}
              </p>
            </>
          )}
        </div>
        <div className="card">
          <h2>{t("report.downloads")}</h2>
          <p>
            <a href={`${csvBase}/students?attempt=${report.countedAttempt}`} download className="button">
              {t("report.downloadStudents")}
            </a>{" "}
            <a href={`${csvBase}/questions?attempt=${report.countedAttempt}`} download className="button">
              {t("report.downloadQuestions")}
            </a>
          </p>
        </div>
      </div>

      <section aria-labelledby="distribution-heading" className="teacher__section">
        <h2 id="distribution-heading">{t("report.distribution")}</h2>
        <DataTable
          caption={t("report.distributionCaption")}
          className="teacher-table report__distribution"
          rows={report.distribution.map((count, index) => ({ count, label: BIN_LABELS[index]! }))}
          rowKey={(bin) => bin.label}
          columns={[
            {
              key: "range",
              header: t("report.scoreRange"),
              isRowHeader: true,
              cell: (bin) => `${bin.label}%`,
            },
            {
              key: "count",
              header: t("report.studentsCount"),
              cell: (bin) => (
                <>
                  <span
                    className="report__bar"
                    style={{ width: `${(bin.count / maxBin) * 100}%` }}
                    aria-hidden="true"
                  />
                  {bin.count}
                </>
              ),
            },
          ]}
        />
      </section>

      <section aria-labelledby="students-heading" className="teacher__section">
        <h2 id="students-heading">{t("report.studentsHeading")}</h2>
        {report.students.length === 0 ? (
          <p className="empty-state">{t("classroom.rosterEmpty")}</p>
        ) : (
          <>
            {studentPager}
            {studentsTable(shownStudents, t("report.studentsCaption"))}
          </>
        )}
      </section>

      {report.removedStudents.length > 0 && (
        <section aria-labelledby="removed-heading" className="teacher__section">
          <h2 id="removed-heading">{t("report.removedHeading")}</h2>
          {studentsTable(report.removedStudents, t("report.removedCaption"))}
        </section>
      )}

      <section aria-labelledby="questions-heading" className="teacher__section">
        <h2 id="questions-heading">{t("report.questionsHeading")}</h2>
        <p className="muted">{t("report.discriminationHint")}</p>
        {isIndicative && (
          <p className="muted">{t("report.tooFewStudentsHint", { min: MIN_STUDENTS_FOR_DISCRIMINATION })}</p>
        )}
        {report.questions.length === 0 ? (
          <p className="empty-state">{t("report.noAnswers")}</p>
        ) : (
          <>
            <DataTable
              caption={t("report.questionsCaption")}
              className="teacher-table report__questions"
              scroll
              rows={report.questions}
              rowKey={(question) => question.questionId}
              columns={[
                {
                  key: "question",
                  header: t("report.question"),
                  isRowHeader: true,
                  cell: (question) => (
                    <>
                      {question.number}. <span className="muted">[{tTypes(question.type)}]</span>{" "}
                      {localized(question.stem, locale)}
                    </>
                  ),
                },
                {
                  key: "answered",
                  header: t("report.answered"),
                  cell: (question) => question.answered,
                  isNumeric: true,
                },
                {
                  key: "notReached",
                  header: t("report.notReached"),
                  cell: (question) => question.notReached,
                  isNumeric: true,
                },
                {
                  key: "facility",
                  header: t("report.facility"),
                  cell: (question) => percent(question.facility),
                  isNumeric: true,
                },
                {
                  key: "standardDeviation",
                  isNumeric: true,
                  header: t("report.standardDeviation"),
                  cell: (question) => percent(question.standardDeviation),
                },
                {
                  key: "discriminationIndex",
                  header: t("report.discriminationIndex"),
                  cell: (question) => indicative(decimal(question.discriminationIndex)),
                },
                {
                  key: "discriminativeEfficiency",
                  header: t("report.discriminativeEfficiency"),
                  cell: (question) => indicative(decimal(question.discriminativeEfficiency)),
                },
                {
                  key: "alphaIfDeleted",
                  isNumeric: true,
                  header: t("report.alphaIfDeleted"),
                  cell: (question) => decimal(question.alphaIfDeleted),
                },
                {
                  key: "topWrong",
                  header: t("report.topWrong"),
                  cell: (question) =>
                    question.topWrongAnswer ? (
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
                    ),
                },
                {
                  key: "distractors",
                  header: t("report.distractors"),
                  cell: (question) =>
                    question.options ? (
                      <ul className={isIndicative ? "report__options report__indicative" : "report__options"}>
                        {question.options.map((option) => (
                          <li key={option.id}>
                            {option.text}
                            {option.isCorrect && <span className="badge">{t("report.correctOption")}</span>}:{" "}
                            {t("report.distractorValue", {
                              upper: percent(option.upper),
                              lower: percent(option.lower),
                            })}
                            {option.isSuspectDistractor && (
                              <strong className="report__flag"> ⚠ {t("report.suspectDistractor")}</strong>
                            )}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      "—"
                    ),
                },
              ]}
            />
            <ItemScatter questions={report.questions} isIndicative={isIndicative} />
          </>
        )}
      </section>

      <section aria-labelledby="facts-heading" className="teacher__section">
        <h2 id="facts-heading">{t("report.factsHeading")}</h2>
        {report.facts.length === 0 ? (
          <p className="empty-state">{t("report.noAnswers")}</p>
        ) : (
          <>
            <DataTable
              caption={t("report.factsCaption")}
              className="teacher-table"
              scroll
              rows={report.facts}
              rowKey={(fact) => fact.factId}
              columns={[
                {
                  key: "fact",
                  header: t("report.fact"),
                  isRowHeader: true,
                  cell: (fact, index) => (
                    <>
                      {index + 1}. {localized(fact.label, locale)}
                      <p className="muted">{localized(fact.statement, locale)}</p>
                    </>
                  ),
                },
                {
                  key: "answered",
                  header: t("report.answered"),
                  cell: (fact) => fact.answered,
                  isNumeric: true,
                },
                {
                  key: "mastery",
                  header: t("report.mastery"),
                  cell: (fact) => percent(fact.mastery),
                  isNumeric: true,
                },
              ]}
            />
            <MasteryHeatmap report={shownMastery} tableHref={href("mastery")} />
          </>
        )}
      </section>
    </section>
  );
}
