import { getArticle } from "@jiji/content/server";
import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { type DataColumn, DataTable } from "@/components/data-table";
import { AccuracyChart } from "@/components/progress/accuracy-chart";
import { MasteryBar } from "@/components/progress/mastery-bar";
import { PractiseFactButton } from "@/components/progress/practise-fact-button";
import { localized } from "@/lib/localized";
import { requireUser } from "@/server/auth/guards";
import { loadProgressFromSummary, type ProgressReport } from "@/server/progress/load-progress";
import { MASTERY_LEVELS, MASTERY_RULES, type MasteryCounts } from "@/server/progress/mastery";
import { answerSummaryForRequest } from "@/server/quiz/answer-summary";
import "../progress.css";
import { viewerDateFormat } from "@/server/viewer-dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("progress"))("title"), robots: { index: false } };
}

const PRACTISE_ERRORS = ["unknown-fact", "no-questions"] as const;

export default async function ProgressPage({ searchParams }: PageProps<"/progress">) {
  const user = await requireUser("/progress");
  const [t, report, { practiseError }] = await Promise.all([
    getTranslations("progress"),
    // The request's answer summary: the header's mistake badge reads the same one.
    Promise.all([getDatabase(), answerSummaryForRequest(user.id)]).then(([db, summary]) =>
      loadProgressFromSummary(db, summary),
    ),
    searchParams,
  ]);
  const error = PRACTISE_ERRORS.find((code) => code === practiseError);
  return (
    <section className="progress" aria-labelledby="progress-title">
      <h1 id="progress-title">{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {error && (
        <p role="alert" className="form__error">
          {t(`practiseErrors.${error}`)}
        </p>
      )}
      {report.hasHistory ? (
        <>
          <Totals report={report} />
          <AccuracyChart weeks={report.weeks} />
          <Mastery report={report} />
          <WeakestFacts report={report} />
          <RecentAttempts report={report} />
        </>
      ) : (
        <div className="empty-state">
          <h2>{t("empty.title")}</h2>
          <p>{t("empty.body")}</p>
          <Link href="/articles" className="button button--primary">
            {t("empty.browse")}
          </Link>
        </div>
      )}
      <p className="muted progress__zone">
        {t("timeZone", { zone: report.timeZone })} <Link href="/account/settings">{t("changeTimeZone")}</Link>
      </p>
    </section>
  );
}

async function Totals({ report }: { report: ProgressReport }) {
  const t = await getTranslations("progress.totals");
  const { totals, streak } = report;
  const seconds = Math.round(totals.studyTimeMs / 1000);
  const studyTime =
    seconds >= 3600
      ? t("hoursMinutes", { h: Math.floor(seconds / 3600), m: Math.floor((seconds % 3600) / 60) })
      : seconds >= 60
        ? t("minutes", { m: Math.floor(seconds / 60) })
        : t("seconds", { s: seconds });
  const streakHint = streak.isTodayStudied
    ? t("streakToday")
    : streak.days > 0
      ? t("streakKeepGoing", { next: streak.days + 1 })
      : t("streakStart");
  const items = [
    { id: "answered", label: t("answered"), value: t("answeredValue", { count: totals.answered }) },
    {
      id: "accuracy",
      label: t("accuracy"),
      value:
        totals.accuracy === null
          ? t("noAccuracy")
          : t("accuracyValue", { percent: Math.round(totals.accuracy * 100) }),
    },
    { id: "attempts", label: t("attempts"), value: t("attemptsValue", { count: totals.attempts }) },
    { id: "study-time", label: t("studyTime"), value: studyTime },
    { id: "streak", label: t("streak"), value: t("streakValue", { days: streak.days }), hint: streakHint },
  ];
  return (
    <section aria-labelledby="totals-title">
      <h2 id="totals-title" className="visually-hidden">
        {t("title")}
      </h2>
      <dl className="progress-totals">
        {items.map((item) => (
          <div key={item.id} className="card progress-totals__item" data-testid={`total-${item.id}`}>
            <dt>{item.label}</dt>
            <dd className="progress-totals__value">{item.value}</dd>
            {item.hint && <dd className="progress-totals__hint muted">{item.hint}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}

async function Mastery({ report }: { report: ProgressReport }) {
  const [t, tKinds, locale] = await Promise.all([
    getTranslations("progress.mastery"),
    getTranslations("article.kinds"),
    getLocale(),
  ]);
  // The same count columns follow the name column of both tables.
  const countColumns = <Row extends { counts: MasteryCounts }>(): DataColumn<Row>[] => [
    ...MASTERY_LEVELS.map(
      (level): DataColumn<Row> => ({
        key: level,
        header: (
          <>
            <span className={`mastery-key mastery-key--${level}`} aria-hidden="true" />
            {t(`levels.${level}`)}
          </>
        ),
        isNumeric: true,
        cell: (row) => row.counts[level],
      }),
    ),
    { key: "total", header: t("total"), isNumeric: true, cell: (row) => row.counts.total },
    {
      key: "bar",
      header: <span className="visually-hidden">{t("title")}</span>,
      className: "progress-table__bar",
      cell: (row) => <MasteryBar counts={row.counts} />,
    },
  ];
  type ReportKindRow = ProgressReport["kinds"][number];
  type ArticleRow = { key: string; name: ReactNode; counts: MasteryCounts; isSection: boolean };
  return (
    <section aria-labelledby="mastery-title" className="progress-section">
      <h2 id="mastery-title">{t("title")}</h2>
      <details className="progress-rules">
        <summary>{t("rulesTitle")}</summary>
        <ul>
          <li>{t("rules.notStarted")}</li>
          <li>
            {t("rules.mastered", {
              days: MASTERY_RULES.masteredMinStabilityDays,
              streak: MASTERY_RULES.masteredCorrectInARow,
            })}
          </li>
          <li>
            {t("rules.familiar", {
              recent: MASTERY_RULES.recentAnswers,
              percent: Math.round(MASTERY_RULES.familiarMinAccuracy * 100),
            })}
          </li>
          <li>{t("rules.learning")}</li>
          <li>{t("rules.recent", { window: MASTERY_RULES.recentWindowAnswers })}</li>
        </ul>
      </details>
      <h3>{t("byArticle")}</h3>
      <DataTable
        caption={t("captionArticle")}
        className="progress-table"
        scroll={{ className: "progress-table__scroll" }}
        testId="mastery-by-article"
        rowGroups={report.articles.map((article) => ({
          key: article.slug,
          rows: [
            {
              key: article.slug,
              name: <Link href={`/articles/${article.slug}`}>{localized(article.title, locale)}</Link>,
              counts: article.counts,
              isSection: false,
            },
            ...article.sections.map(
              (section): ArticleRow => ({
                key: `${article.slug}/${section.id}`,
                name: localized(section.heading, locale),
                counts: section.counts,
                isSection: true,
              }),
            ),
          ],
        }))}
        rowKey={(row) => row.key}
        rowClassName={(row) => (row.isSection ? undefined : "progress-table__group")}
        columns={[
          {
            key: "article",
            header: t("article"),
            isRowHeader: true,
            cellClassName: (row) => (row.isSection ? "progress-table__sub" : undefined),
            cell: (row) => row.name,
          },
          ...countColumns<ArticleRow>(),
        ]}
      />
      <h3>{t("byKind")}</h3>
      <DataTable
        caption={t("captionKind")}
        className="progress-table"
        scroll={{ className: "progress-table__scroll" }}
        testId="mastery-by-kind"
        rows={report.kinds}
        rowKey={(row) => row.kind}
        columns={[
          { key: "kind", header: t("kind"), isRowHeader: true, cell: (row) => tKinds(row.kind) },
          ...countColumns<ReportKindRow>(),
        ]}
      />
    </section>
  );
}

async function WeakestFacts({ report }: { report: ProgressReport }) {
  const [t, tLevels, tKinds, locale] = await Promise.all([
    getTranslations("progress.weakest"),
    getTranslations("progress.mastery.levels"),
    getTranslations("article.kinds"),
    getLocale(),
  ]);
  return (
    <section aria-labelledby="weakest-title" className="progress-section">
      <h2 id="weakest-title">{t("title")}</h2>
      {report.weakest.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <>
          <p className="muted">{t("intro")}</p>
          <ol className="weak-facts">
            {report.weakest.map((fact) => (
              <li key={`${fact.articleSlug}/${fact.factId}`} className="card weak-fact">
                <p className="weak-fact__meta">
                  <span className="badge">{tKinds(fact.kind)}</span>{" "}
                  <span className="badge">{tLevels(fact.level)}</span>{" "}
                  <Link href={`/articles/${fact.articleSlug}`}>{localized(fact.articleTitle, locale)}</Link>
                </p>
                <p className="weak-fact__statement">{localized(fact.statement, locale)}</p>
                <p className="muted">
                  {t("recent", { percent: Math.round(fact.recentAccuracy * 100), answered: fact.answered })}
                </p>
                <PractiseFactButton
                  articleSlug={fact.articleSlug}
                  factId={fact.factId}
                  label={localized(fact.label, locale)}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

async function RecentAttempts({ report }: { report: ProgressReport }) {
  const [t, locale, dateTime] = await Promise.all([
    getTranslations("progress.attempts"),
    getLocale(),
    viewerDateFormat(),
  ]);
  return (
    <section aria-labelledby="attempts-title" className="progress-section">
      <h2 id="attempts-title">{t("title")}</h2>
      <DataTable
        caption={t("caption")}
        className="progress-table"
        scroll={{ className: "progress-table__scroll" }}
        testId="recent-attempts"
        rows={report.recentAttempts.map((attempt) => {
          const article = attempt.articleSlug ? getArticle(attempt.articleSlug) : undefined;
          return {
            ...attempt,
            title: article ? localized(article.title, locale) : t("mixed"),
            date: dateTime(attempt.startedAt),
            source: (["article", "mistakes", "review", "assignment"] as const).find(
              (known) => known === attempt.source,
            ),
          };
        })}
        rowKey={(attempt) => attempt.id}
        columns={[
          { key: "date", header: t("date"), cell: (attempt) => attempt.date },
          {
            key: "quiz",
            header: t("quiz"),
            isRowHeader: true,
            cell: ({ title, source }) => (
              <>
                {title}
                {source && source !== "article" && <span className="badge">{t(`sources.${source}`)}</span>}
              </>
            ),
          },
          {
            key: "result",
            header: t("result"),
            cell: (attempt) =>
              !attempt.finishedAt
                ? t("inProgress")
                : attempt.isScoreHidden
                  ? t("resultsLater")
                  : t("score", { correct: attempt.correctCount ?? 0, total: attempt.questionCount }),
          },
          {
            key: "link",
            header: t("link"),
            cell: ({ id, finishedAt, date, title }) =>
              finishedAt ? (
                <Link href={`/quiz/${id}/results`} aria-label={t("resultsLabel", { date, title })}>
                  {t("results")}
                </Link>
              ) : (
                <Link href={`/quiz/${id}`} aria-label={t("continueLabel", { date, title })}>
                  {t("continue")}
                </Link>
              ),
          },
        ]}
      />
    </section>
  );
}
