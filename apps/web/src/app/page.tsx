import { getArticle } from "@jiji/content/server";
import { getDatabase } from "@jiji/db";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DueReviewsCard } from "@/components/review/due-reviews-card";
import { localized } from "@/lib/localized";
import { findUnfinishedAttempt } from "@/server/quiz/unfinished-attempt";
import { currentUser } from "@/server/session";

export default async function HomePage() {
  const [user, t, locale] = await Promise.all([currentUser(), getTranslations("home"), getLocale()]);
  if (!user) {
    return (
      <section className="hero">
        <h1>{t("heroTitle")}</h1>
        <p className="hero__body">{t("heroBody")}</p>
        <div className="hero__actions">
          <Link href="/signup" className="button button--primary button--large">
            {t("getStarted")}
          </Link>
          <Link href="/signin" className="button button--ghost button--large">
            {t("haveAccount")}
          </Link>
        </div>
      </section>
    );
  }
  const unfinished = await findUnfinishedAttempt(await getDatabase(), user.id);
  const unfinishedArticle = unfinished?.articleSlug ? getArticle(unfinished.articleSlug) : undefined;
  return (
    <section>
      <h1>{t("welcome", { name: user.name })}</h1>
      <p className="muted">{t("welcomeBody")}</p>
      {unfinished && (
        <div className="card next-action">
          <h2>{t("continueTitle")}</h2>
          <Link href={`/quiz/${unfinished.id}`} className="button button--primary">
            {t("continue", {
              title: unfinishedArticle ? localized(unfinishedArticle.title, locale) : t("mixedQuiz"),
              answered: unfinished.answered,
              total: unfinished.total,
            })}
          </Link>
        </div>
      )}
      <DueReviewsCard userId={user.id} />
      <div className="empty-state">
        <h2>{t("emptyTitle")}</h2>
        <p>{t("emptyBody")}</p>
        <Link href="/articles" className="button button--primary">
          {t("browse")}
        </Link>
      </div>
    </section>
  );
}
