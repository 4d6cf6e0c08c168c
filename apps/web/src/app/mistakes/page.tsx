import { QUESTION_TYPES } from "@jiji/content";
import {
  describeCorrectAnswer,
  describeResponse,
  evidenceFor,
  getArticle,
  getArticles,
} from "@jiji/content/server";
import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CitationList } from "@/components/citation-list";
import { StemText } from "@/components/quiz/stem-text";
import { EvidenceQuote } from "@/components/reading/evidence-quote";
import { RetryMistakesForm } from "@/components/review/retry-mistakes-form";
import { ClientMessages } from "@/i18n/client-messages";
import { toLocale } from "@/i18n/locales";
import { answerWords } from "@/i18n/static-messages";
import { localized } from "@/lib/localized";
import { requireUser } from "@/server/auth/guards";
import { answerSummaryForRequest } from "@/server/quiz/answer-summary";
import { groupByArticle, listOpenMistakesIn } from "@/server/review/mistakes";
import { mistakeFilterSchema } from "@/server/review/review-schemas";
import { MISTAKES_QUIZ_SIZE } from "@/server/review/start-review-attempts";
import { viewerDateFormat } from "@/server/viewer-dates";
import "@/app/review.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("mistakes.title"), robots: { index: false } };
}

/** Every question whose latest answer was wrong, grouped by article, with a way to retry them. */
export default async function MistakesPage({ searchParams }: PageProps<"/mistakes">) {
  const user = await requireUser("/mistakes");
  const parsed = mistakeFilterSchema.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : {};
  const locale = toLocale(await getLocale());
  const [t, tTypes, tEvidence, dateTime, mistakes] = await Promise.all([
    getTranslations("review"),
    getTranslations("questionTypes"),
    getTranslations("reading.evidence"),
    viewerDateFormat(),
    // The request's answer summary: the header's mistake count reads the same one.
    Promise.all([getDatabase(), answerSummaryForRequest(user.id)]).then(([db, summary]) =>
      listOpenMistakesIn(db, summary, { articleSlug: filter.article, type: filter.type }),
    ),
  ]);
  const isFiltered = Boolean(filter.article || filter.type);
  const groups = groupByArticle(mistakes);
  return (
    <section className="mistakes" aria-labelledby="mistakes-title">
      <h1 id="mistakes-title">
        {t("mistakes.title")}{" "}
        <span className="badge" data-testid="open-mistake-count">
          {t("mistakes.count", { count: mistakes.length })}
        </span>
      </h1>
      <p className="muted">{t("mistakes.lead")}</p>

      <form
        method="get"
        action="/mistakes"
        className="card mistakes__filter"
        aria-label={t("mistakes.filterTitle")}
      >
        <div className="field">
          <label htmlFor="mistakes-article">{t("mistakes.article")}</label>
          <select id="mistakes-article" name="article" defaultValue={filter.article ?? ""}>
            <option value="">{t("mistakes.allArticles")}</option>
            {getArticles().map((article) => (
              <option key={article.slug} value={article.slug}>
                {localized(article.title, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="mistakes-type">{t("mistakes.type")}</label>
          <select id="mistakes-type" name="type" defaultValue={filter.type ?? ""}>
            <option value="">{t("mistakes.allTypes")}</option>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {tTypes(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="mistakes__filter-actions">
          <button type="submit" className="button">
            {t("mistakes.applyFilter")}
          </button>
          {isFiltered && <Link href="/mistakes">{t("mistakes.clearFilter")}</Link>}
        </div>
      </form>

      {mistakes.length === 0 ? (
        <div className="empty-state">
          <h2>{isFiltered ? t("mistakes.emptyFilteredTitle") : t("mistakes.emptyTitle")}</h2>
          <p>{t("mistakes.emptyBody")}</p>
          <Link href="/articles" className="button button--primary">
            {t("mistakes.browse")}
          </Link>
        </div>
      ) : (
        <>
          <ClientMessages namespaces={["review"]}>
            <RetryMistakesForm
              article={filter.article}
              type={filter.type}
              count={Math.min(mistakes.length, MISTAKES_QUIZ_SIZE)}
            />
          </ClientMessages>
          {mistakes.length > MISTAKES_QUIZ_SIZE && (
            <p className="muted">{t("mistakes.retryCapped", { cap: MISTAKES_QUIZ_SIZE })}</p>
          )}
          {groups.map((group) => {
            const article = getArticle(group.articleSlug);
            const headingId = `mistakes-${group.articleSlug}`;
            return (
              <section key={group.articleSlug} className="mistakes__group" aria-labelledby={headingId}>
                <h2 id={headingId}>
                  {article ? (
                    <Link href={`/articles/${group.articleSlug}`}>{localized(article.title, locale)}</Link>
                  ) : (
                    group.articleSlug
                  )}{" "}
                  <span className="badge">{t("mistakes.count", { count: group.mistakes.length })}</span>
                </h2>
                <ol className="review-list">
                  {group.mistakes.map(({ question, response, score, answeredAt }) => (
                    <li key={question.id} className="card review-item is-incorrect mistake-item">
                      <p className="mistake-item__meta">
                        <span className="badge">{tTypes(question.type)}</span>{" "}
                        {score > 0 && (
                          <span className="muted">
                            {t("mistakes.partial", { percent: Math.round(score * 100) })} ・{" "}
                          </span>
                        )}
                        <span className="muted">
                          {t("mistakes.answeredAt", {
                            date: dateTime(answeredAt),
                          })}
                        </span>
                      </p>
                      <p className="review-item__stem">
                        <StemText text={localized(question.stem, locale)} />
                      </p>
                      <dl className="details">
                        <dt>{t("mistakes.lastAnswer")}</dt>
                        <dd>{describeResponse(question, response, locale, answerWords(locale))}</dd>
                        <dt>{t("mistakes.correctAnswer")}</dt>
                        <dd>{describeCorrectAnswer(question, locale, answerWords(locale))}</dd>
                        <dt>{t("mistakes.explanation")}</dt>
                        <dd>{localized(question.explanation, locale)}</dd>
                        <dt>{t("mistakes.source")}</dt>
                        <dd>
                          <EvidenceQuote evidence={evidenceFor(question)} t={tEvidence} locale={locale} />
                          <CitationList citations={question.citations} />
                        </dd>
                      </dl>
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
        </>
      )}
    </section>
  );
}
