import { getArticle } from "@jiji/content/server";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/localized";

/** From a quiz set's page: one printable worksheet per article of the set. */
export async function WorksheetLinks({
  quizSetId,
  articleSlugs,
  locale,
}: {
  quizSetId: string;
  articleSlugs: readonly string[];
  locale: string;
}) {
  const t = await getTranslations("reading.worksheet");
  return (
    <ul className="worksheet-links">
      {articleSlugs.map((slug) => {
        const article = getArticle(slug);
        if (!article) return null;
        return (
          <li key={slug}>
            <Link href={`/articles/${slug}/worksheet?set=${quizSetId}`}>
              {t("setLink", { article: localized(article.title, locale) })}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
