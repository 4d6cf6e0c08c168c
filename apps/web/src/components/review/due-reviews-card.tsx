import { getDatabase } from "@jiji/db";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { systemClock } from "@/server/review/clock";
import { countOpenMistakes } from "@/server/review/mistakes";
import { countDueReviews } from "@/server/review/review-queue";

/** Home-page card: how many facts are due today, and a way into the review and the mistakes. */
export async function DueReviewsCard({ userId }: { userId: string }) {
  const db = await getDatabase();
  const [t, due, mistakes] = await Promise.all([
    getTranslations("review"),
    countDueReviews(db, userId, systemClock()),
    countOpenMistakes(db, userId),
  ]);
  return (
    <section className="card due-reviews" aria-labelledby="due-reviews-title">
      <h2 id="due-reviews-title">{t("home.title")}</h2>
      <p className="due-reviews__count" data-testid="due-review-count">
        {t("home.due", { count: due })}
      </p>
      <div className="due-reviews__actions">
        {due > 0 && (
          <Link href="/review" className="button button--primary">
            {t("home.start")}
          </Link>
        )}
        {mistakes > 0 && (
          <Link href="/mistakes" className="button">
            {t("home.mistakes", { count: mistakes })}
          </Link>
        )}
      </div>
    </section>
  );
}
