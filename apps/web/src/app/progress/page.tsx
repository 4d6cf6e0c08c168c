import { getArticle } from "@jiji/content/server";
import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AccuracyChart } from "@/components/progress/accuracy-chart";
import { MasteryBar } from "@/components/progress/mastery-bar";
import { PractiseFactButton } from "@/components/progress/practise-fact-button";
import { ScrollRegion } from "@/components/scroll-region";
import { localized } from "@/lib/localized";
import { requireUser } from "@/server/auth/guards";
import { loadProgress, type ProgressReport } from "@/server/progress/load-progress";
import { MASTERY_LEVELS, MASTERY_RULES, type MasteryCounts } from "@/server/progress/mastery";
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
    getDatabase().then((db) => loadProgress(db, user.id)),
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
      <h2 id="totals-title" className="progress-visually-hidden">
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
  const headers = (
    <>
      {MASTERY_LEVELS.map((level) => (
        <th key={level} scope="col" className="progress-table__num">
          <span className={`mastery-key mastery-key--${level}`} aria-hidden="true" />
          {t(`levels.${level}`)}
        </th>
      ))}
      <th scope="col" className="progress-table__num">
        {t("total")}
      </th>
      <th scope="col" className="progress-table__bar">
        <span className="progress-visually-hidden">{t("title")}</span>
      </th>
    </>
  );
  const cells = (counts: MasteryCounts) => (
    <>
      {MASTERY_LEVELS.map((level) => (
        <td key={level} className="progress-table__num">
          {counts[level]}
        </td>
      ))}
      <td className="progress-table__num">{counts.total}</td>
      <td className="progress-table__bar">
        <MasteryBar counts={counts} />
      </td>
    </>
  );
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
      <ScrollRegion className="progress-table__scroll" label={t("captionArticle")}>
        <table className="progress-table" data-testid="mastery-by-article">
          <caption>{t("captionArticle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("article")}</th>
              {headers}
            </tr>
          </thead>
          {report.articles.map((article) => (
            <tbody key={article.slug}>
              <tr className="progress-table__group">
                <th scope="row">
                  <Link href={`/articles/${article.slug}`}>{localized(article.title, locale)}</Link>
                </th>
                {cells(article.counts)}
              </tr>
              {article.sections.map((section) => (
                <tr key={section.id}>
                  <th scope="row" className="progress-table__sub">
                    {localized(section.heading, locale)}
                  </th>
                  {cells(section.counts)}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
      <h3>{t("byKind")}</h3>
      <ScrollRegion className="progress-table__scroll" label={t("captionKind")}>
        <table className="progress-table" data-testid="mastery-by-kind">
          <caption>{t("captionKind")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("kind")}</th>
              {headers}
            </tr>
          </thead>
          <tbody>
            {report.kinds.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{tKinds(row.kind)}</th>
                {cells(row.counts)}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
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
      <ScrollRegion className="progress-table__scroll" label={t("caption")}>
        <table className="progress-table" data-testid="recent-attempts">
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("quiz")}</th>
              <th scope="col">{t("result")}</th>
              <th scope="col">{t("link")}</th>
            </tr>
          </thead>
          <tbody>
            {report.recentAttempts.map((attempt) => {
              const article = attempt.articleSlug ? getArticle(attempt.articleSlug) : undefined;
              const title = article ? localized(article.title, locale) : t("mixed");
              const date = dateTime(attempt.startedAt);
              const source = (["article", "mistakes", "review", "assignment"] as const).find(
                (known) => known === attempt.source,
              );
              return (
                <tr key={attempt.id}>
                  <td>{date}</td>
                  <th scope="row">
                    {title}
                    {source && source !== "article" && (
                      <span className="badge">{t(`sources.${source}`)}</span>
                    )}
                  </th>
                  <td>
                    {!attempt.finishedAt
                      ? t("inProgress")
                      : attempt.isScoreHidden
                        ? t("resultsLater")
                        : t("score", { correct: attempt.correctCount ?? 0, total: attempt.questionCount })}
                  </td>
                  <td>
                    {attempt.finishedAt ? (
                      <Link
                        href={`/quiz/${attempt.id}/results`}
                        aria-label={t("resultsLabel", { date, title })}
                      >
                        {t("results")}
                      </Link>
                    ) : (
                      <Link href={`/quiz/${attempt.id}`} aria-label={t("continueLabel", { date, title })}>
                        {t("continue")}
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
