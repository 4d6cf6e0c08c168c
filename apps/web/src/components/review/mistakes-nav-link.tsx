import { getTranslations } from "next-intl/server";
import { currentUser } from "@/server/auth/session";
import { answerSummaryForRequest } from "@/server/quiz/answer-summary";
import { countOpenMistakesIn } from "@/server/review/mistakes";

/**
 * The 「間違えた問題」 link for the main navigation, with the open count; nothing for signed-out visitors. The count
 * comes from the request's answer summary, which a page such as /progress reads too.
 */
export async function MistakesNavLink() {
  const user = await currentUser();
  if (!user) return null;
  const [t, count] = await Promise.all([
    getTranslations("review"),
    answerSummaryForRequest(user.id).then(countOpenMistakesIn),
  ]);
  return (
    <a href="/mistakes" className="mistakes-nav-link">
      {t("nav.mistakes")}
      {count > 0 && (
        <>
          <span className="badge mistakes-nav-link__count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">{t("nav.mistakesCount", { count })}</span>
        </>
      )}
    </a>
  );
}
