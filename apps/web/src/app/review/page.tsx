import { getArticle } from "@jiji/content/server";
import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StartReviewForm } from "@/components/review/start-review-form";
import { ClientMessages } from "@/i18n/client-messages";
import { toLocale } from "@/i18n/locales";
import { localized } from "@/lib/localized";
import { requireUser } from "@/server/auth/guards";
import { scheduleReleasedReviews } from "@/server/quiz/held-back";
import { systemClock } from "@/server/review/clock";
import {
  countDueReviews,
  listDueReviews,
  nextReviewFor,
  REVIEW_SESSION_SIZE,
} from "@/server/review/review-queue";
import { viewerDateFormat } from "@/server/viewer-dates";
import "@/app/review.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("queue.title"), robots: { index: false } };
}

/** The facts due for review now, most overdue first, and the button that turns them into a quiz. */
export default async function ReviewQueuePage() {
  const user = await requireUser("/review");
  const db = await getDatabase();
  const now = systemClock();
  const locale = toLocale(await getLocale());
  await scheduleReleasedReviews(db, user.id, now); // a test revealed since the last visit moves its cards now
  const [t, dateTime, dueCount, cards, { next }] = await Promise.all([
    getTranslations("review"),
    viewerDateFormat(),
    countDueReviews(db, user.id, now),
    listDueReviews(db, user.id, now, REVIEW_SESSION_SIZE),
    nextReviewFor(db, user.id, now),
  ]);
  return (
    <section className="review-queue" aria-labelledby="review-queue-title">
      <h1 id="review-queue-title">{t("queue.title")}</h1>
      <p className="muted">{t("queue.lead")}</p>
      {dueCount === 0 ? (
        <div className="empty-state">
          {next?.isToday ? (
            <h2 data-testid="next-review-today">
              {t("queue.nextDueToday", { time: dateTime(next.at, "time") })}
            </h2>
          ) : (
            <h2>{t("queue.emptyTitle")}</h2>
          )}
          <p>{t("queue.emptyBody")}</p>
          {next && !next.isToday && <p>{t("queue.nextDue", { date: dateTime(next.at) })}</p>}
          <Link href="/articles" className="button button--primary">
            {t("mistakes.browse")}
          </Link>
        </div>
      ) : (
        <div className="card review-queue__summary">
          <p className="review-queue__count" data-testid="due-review-count">
            {t("queue.dueCount", { count: dueCount })}
          </p>
          {dueCount > REVIEW_SESSION_SIZE && (
            <p className="muted">{t("queue.sessionCap", { cap: REVIEW_SESSION_SIZE })}</p>
          )}
          <ClientMessages namespaces={["review"]}>
            <StartReviewForm />
          </ClientMessages>
          <h2>{t("queue.dueFacts")}</h2>
          <ol className="review-queue__facts">
            {cards.map((card) => {
              const article = getArticle(card.articleSlug);
              const fact = article?.facts.find((candidate) => candidate.id === card.factId);
              return (
                <li key={card.id}>
                  <span className="review-queue__fact">
                    {fact ? localized(fact.label, locale) : t("queue.unknownFact")}
                  </span>
                  {article && <span className="muted"> — {localized(article.title, locale)}</span>}{" "}
                  <span className="muted">({t("queue.dueSince", { date: dateTime(card.due) })})</span>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
