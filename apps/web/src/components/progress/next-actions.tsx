import { getArticle } from "@jiji/content/server";
import { getDatabase } from "@jiji/db";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/localized";
import { loadNextActions, type OpenAssignment } from "@/server/progress/next-actions";
import { viewerDateFormat } from "@/server/viewer-dates";

/**
 * The home page's "next best actions": open assignments, the unfinished quiz, due reviews. The home page
 * passes the signed-in user's id and, once the teacher feature provides them, the open assignments.
 */
export async function NextActions({
  userId,
  assignments = [],
  reviewHref = "/review",
  now = new Date(),
}: {
  userId: string;
  assignments?: readonly OpenAssignment[];
  reviewHref?: string;
  now?: Date;
}) {
  const [t, locale, dateTime, actions] = await Promise.all([
    getTranslations("progress.next"),
    getLocale(),
    viewerDateFormat(),
    getDatabase().then((db) => loadNextActions(db, userId, now, assignments)),
  ]);
  const unfinishedArticle = actions.unfinished?.articleSlug
    ? getArticle(actions.unfinished.articleSlug)
    : undefined;
  return (
    <section className="card next-actions" aria-labelledby="next-actions-title">
      <h2 id="next-actions-title">{t("title")}</h2>
      {actions.isEmpty ? (
        <p>
          {t("none")} <Link href="/articles">{t("browse")}</Link>
        </p>
      ) : (
        <ul className="next-actions__list">
          {actions.assignments.map((assignment) => (
            <li key={assignment.id}>
              <Link href={assignment.href} className="button button--primary">
                {t("assignment", {
                  title: assignment.title,
                  due: dateTime(assignment.dueAt),
                })}
              </Link>
            </li>
          ))}
          {actions.unfinished && (
            <li>
              <Link href={`/quiz/${actions.unfinished.id}`} className="button button--primary">
                {t("continue", {
                  title: unfinishedArticle ? localized(unfinishedArticle.title, locale) : t("mixed"),
                  answered: actions.unfinished.answered,
                  total: actions.unfinished.total,
                })}
              </Link>
            </li>
          )}
          {actions.dueReviews > 0 && (
            <li>
              <Link href={reviewHref} className="button">
                {t("review", { count: actions.dueReviews })}
              </Link>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
