import { getArticles, getQuestionBank } from "@jiji/content/server";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/localized";
import { syncPublishedEditorArticlesForRequest } from "@/server/editor/published-editor-articles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("title") };
}

export default async function LibraryPage() {
  await syncPublishedEditorArticlesForRequest();
  const [t, locale] = await Promise.all([getTranslations("library"), getLocale()]);
  const articles = getArticles();
  return (
    <section>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {articles.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.slug} className="card article-card">
              <h2>
                <Link href={`/articles/${article.slug}`}>{localized(article.title, locale)}</Link>
              </h2>
              <p>{localized(article.summary, locale)}</p>
              <p className="article-card__meta">
                <span className="badge">
                  {t("questions", { count: getQuestionBank(article.slug).length })}
                </span>{" "}
                <span className="muted">
                  {t("sources")}: {[...new Set(article.sources.map((source) => source.publisher))].join("、")}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
