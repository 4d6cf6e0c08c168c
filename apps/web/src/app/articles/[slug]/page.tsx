import type { Fact, Source } from "@jiji/content";
import { getArticle, getQuestionBank } from "@jiji/content/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StartQuizForm } from "@/components/start-quiz-form";
import { localized } from "@/lib/localized";
import { countByType } from "@/lib/question-counts";
import { syncPublishedEditorArticles } from "@/server/editor/published-editor-articles";

export async function generateMetadata({ params }: PageProps<"/articles/[slug]">): Promise<Metadata> {
  await syncPublishedEditorArticles();
  const article = getArticle((await params).slug);
  return { title: article ? localized(article.title, await getLocale()) : undefined };
}

export default async function ArticlePage({ params }: PageProps<"/articles/[slug]">) {
  await syncPublishedEditorArticles();
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const [t, locale] = await Promise.all([getTranslations("article"), getLocale()]);
  const sourcesById = new Map(article.sources.map((source) => [source.id, source]));
  return (
    <article className="article-page">
      <header>
        <h1>{localized(article.title, locale)}</h1>
        <p className="lead">{localized(article.summary, locale)}</p>
      </header>

      <section className="card start-quiz" aria-labelledby="start-quiz-title">
        <h2 id="start-quiz-title">{t("start.title")}</h2>
        <StartQuizForm articleSlug={article.slug} counts={countByType(getQuestionBank(article.slug))} />
      </section>

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{t("facts")}</h2>
        {article.sections.map((section) => {
          const facts = article.facts.filter((fact) => fact.section === section.id);
          if (facts.length === 0) return null;
          return (
            <section key={section.id} className="fact-section">
              <h3>{localized(section.heading, locale)}</h3>
              <ul className="fact-list">
                {facts.map((fact) => (
                  <FactItem key={fact.id} fact={fact} locale={locale} sourcesById={sourcesById} />
                ))}
              </ul>
            </section>
          );
        })}
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">{t("sources")}</h2>
        <ul className="source-list">
          {article.sources.map((source) => (
            <li key={source.id}>
              <SourceLine source={source} noDate={t("noDate")} noUrl={t("noUrl")} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

async function FactItem({
  fact,
  locale,
  sourcesById,
}: {
  fact: Fact;
  locale: string;
  sourcesById: Map<string, Source>;
}) {
  const t = await getTranslations("article");
  return (
    <li className="fact">
      <span className="badge">{t(`kinds.${fact.kind}`)}</span>
      {fact.stance.type === "assessment" && (
        <span className="badge badge--assessment">{t("assessment", { holder: fact.stance.heldBy })}</span>
      )}
      <p className="fact__statement">{localized(fact.statement, locale)}</p>
      {fact.conflicts.map((conflict) => (
        <p key={conflict.field} className="fact__conflict">
          ⚠ {t("conflict")}: {conflict.values.join(" / ")}({conflict.note})
        </p>
      ))}
      <p className="fact__sources muted">
        {fact.sourceIds.map((id) => sourcesById.get(id)?.publisher ?? id).join("、")}
      </p>
    </li>
  );
}

function SourceLine({ source, noDate, noUrl }: { source: Source; noDate: string; noUrl: string }) {
  return (
    <>
      <strong>{source.publisher}</strong> — {source.title}({source.publishedDateAsWritten ?? noDate}){" "}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {new URL(source.url).hostname}
        </a>
      ) : (
        <span className="muted">{noUrl}</span>
      )}
      {source.conflicts.map((conflict) => (
        <span key={conflict.field} className="fact__conflict">
          {" "}
          ⚠ {conflict.values.join(" / ")}({conflict.note})
        </span>
      ))}
    </>
  );
}
