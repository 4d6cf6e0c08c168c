import { getArticle } from "@jiji/content/server";
import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CitationList } from "@/components/citation-list";
import { FocusedHeading } from "@/components/focused-heading";
import { StemText } from "@/components/quiz/stem-text";
import { EvidenceQuote } from "@/components/reading/evidence-quote";
import { toLocale } from "@/i18n/locales";
import { localized } from "@/lib/localized";
import { requireUser } from "@/server/auth/guards";
import { loadAttemptResults } from "@/server/quiz/attempt-results";
import { isResultsRevealed } from "@/server/quiz/attempt-rules";
import { findOwnedAttempt } from "@/server/quiz/attempts";
import { closeAttemptIfDone } from "@/server/quiz/finish-attempt";
import { attemptIdSchema } from "@/server/quiz/quiz-schemas";
import { viewerDateFormat } from "@/server/viewer-dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("title"), robots: { index: false } };
}

export default async function ResultsPage({ params }: PageProps<"/quiz/[attemptId]/results">) {
  const { attemptId } = await params;
  const user = await requireUser(`/quiz/${attemptId}/results`);
  const id = attemptIdSchema.safeParse(attemptId);
  if (!id.success) notFound();
  const db = await getDatabase();
  const attempt = await findOwnedAttempt(db, id.data, user.id);
  if (!attempt) notFound();
  const isClosed = attempt.finishedAt !== null || (await closeAttemptIfDone(db, attempt.id));
  if (!isClosed) redirect(`/quiz/${attempt.id}`);
  const locale = toLocale(await getLocale());
  if (!isResultsRevealed(attempt)) {
    const [t, dateTime] = await Promise.all([getTranslations("results"), viewerDateFormat()]);
    return (
      <section className="card card--narrow">
        <FocusedHeading>{t("submittedTitle")}</FocusedHeading>
        <p>
          {t("revealLater", {
            at: dateTime(attempt.revealAt!, "longDateTime"),
          })}
        </p>
        <Link href="/classes" className="button">
          {t("backToClasses")}
        </Link>
      </section>
    );
  }
  const [t, tEvidence, results] = await Promise.all([
    getTranslations("results"),
    getTranslations("reading.evidence"),
    loadAttemptResults(db, attempt, locale),
  ]);
  const article = attempt.articleSlug ? getArticle(attempt.articleSlug) : undefined;
  const seconds = Math.round(results.timeTakenMs / 1000);
  const time =
    seconds >= 60
      ? t("minutes", { m: Math.floor(seconds / 60), s: seconds % 60 })
      : t("seconds", { s: seconds });
  return (
    <section className="results">
      <FocusedHeading>{t("title")}</FocusedHeading>
      {article && <p className="muted">{localized(article.title, locale)}</p>}
      <div className="card results__summary">
        <p className="results__score">
          {t("score", { correct: results.correctCount, total: results.total })}
        </p>
        <p>
          {t("percent", { percent: Math.round(results.score * 100) })} ・ {t("time", { time })}
        </p>
        <div className="results__actions">
          {attempt.articleSlug && (
            <Link href={`/articles/${attempt.articleSlug}`} className="button button--primary">
              {t("again")}
            </Link>
          )}
          <Link href="/articles" className="button">
            {t("library")}
          </Link>
        </div>
      </div>
      <h2>{t("review")}</h2>
      <ol className="review-list">
        {results.questions.map((item) => (
          <li
            key={item.questionId}
            className={`card review-item ${item.isCorrect ? "is-correct" : "is-incorrect"}`}
          >
            <p className="review-item__verdict">
              {item.isCorrect
                ? t("correct")
                : item.score > 0
                  ? t("partial", { percent: Math.round(item.score * 100) })
                  : t("incorrect")}
            </p>
            <p className="review-item__stem">
              <StemText text={localized(item.stem, locale)} />
            </p>
            <dl className="details">
              <dt>{t("yourAnswer")}</dt>
              <dd>{item.yourAnswer}</dd>
              <dt>{t("correctAnswer")}</dt>
              <dd>{item.correctAnswer}</dd>
              <dt>{t("explanation")}</dt>
              <dd>{localized(item.explanation, locale)}</dd>
              <dt>{t("source")}</dt>
              <dd>
                <EvidenceQuote evidence={item.evidence} t={tEvidence} locale={locale} />
                <CitationList citations={item.citations} />
              </dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
