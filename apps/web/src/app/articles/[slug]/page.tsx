import { type Article, type Fact, glossaryOf, type Source } from "@jiji/content";
import {
  articleTimeline,
  entitiesWithTimelines,
  getArticle,
  getArticles,
  getFurigana,
  getQuestionBank,
} from "@jiji/content/server";
import { getDatabase } from "@jiji/db";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleText } from "@/components/reading/article-text";
import { FuriganaToggle } from "@/components/reading/furigana-toggle";
import { GlossaryList } from "@/components/reading/glossary-list";
import { PractiseSentenceButton, PractiseSentenceForm } from "@/components/reading/practise-sentence-button";
import { TimelineChart } from "@/components/reading/timeline-chart";
import { StartQuizForm } from "@/components/start-quiz-form";
import { ClientMessages } from "@/i18n/client-messages";
import { localized } from "@/lib/localized";
import { countByType } from "@/lib/question-counts";
import { countByFact } from "@/lib/question-counts-by-fact";
import { currentUser } from "@/server/auth/session";
import { QUESTION_COUNTS } from "@/server/quiz/quiz-schemas";
import { readFuriganaPreference } from "@/server/reading/furigana-preference";
import "./reading.css";
import { syncPublishedEditorArticlesForRequest } from "@/server/editor/published-editor-articles";

export async function generateMetadata({ params }: PageProps<"/articles/[slug]">): Promise<Metadata> {
  await syncPublishedEditorArticlesForRequest();
  const article = getArticle((await params).slug);
  return { title: article ? localized(article.title, await getLocale()) : undefined };
}

export default async function ArticlePage({ params, searchParams }: PageProps<"/articles/[slug]">) {
  await syncPublishedEditorArticlesForRequest();
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const [t, tReading, locale, showFurigana, query, user] = await Promise.all([
    getTranslations("article"),
    getTranslations("reading"),
    getLocale(),
    getDatabase().then(readFuriganaPreference),
    searchParams,
    currentUser(),
  ]);
  const sourcesById = new Map(article.sources.map((source) => [source.id, source]));
  const bank = getQuestionBank(article.slug);
  const questionCounts = countByFact(bank);
  const practiseError =
    query.practiseError === "no-questions" || query.practiseError === "unknown-fact"
      ? query.practiseError
      : undefined;
  return (
    <article className="article-page">
      <header>
        <h1>{localized(article.title, locale)}</h1>
        <p className="lead">{localized(article.summary, locale)}</p>
      </header>

      <section aria-labelledby="reading-title" className="reading">
        <div className="reading__toolbar">
          <h2 id="reading-title">{tReading("title")}</h2>
          <FuriganaToggle articleSlug={article.slug} isOn={showFurigana} />
          {user?.role === "teacher" && (
            <Link href={`/articles/${article.slug}/worksheet`} className="button">
              {tReading("worksheetLink")}
            </Link>
          )}
        </div>
        <p className="muted">{tReading("lead")}</p>
        {practiseError && (
          <p role="alert" className="form__error">
            {tReading(`practiseErrors.${practiseError}`)}
          </p>
        )}
        <ArticleText
          article={article}
          locale={locale}
          questionCounts={questionCounts}
          furigana={showFurigana ? getFurigana(article.slug) : undefined}
        />
      </section>

      <GlossaryList terms={glossaryOf(article)} locale={locale} />

      <ArticleTimeline article={article} />

      <section className="card start-quiz" aria-labelledby="start-quiz-title">
        <h2 id="start-quiz-title">{t("start.title")}</h2>
        <ClientMessages namespaces={["article.start", "article.errors", "questionTypes"]}>
          <StartQuizForm
            articleSlug={article.slug}
            counts={countByType(bank)}
            countOptions={QUESTION_COUNTS}
          />
        </ClientMessages>
      </section>

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{t("facts")}</h2>
        <PractiseSentenceForm articleSlug={article.slug} />
        {article.sections.map((section) => {
          // Terms are listed in the glossary above, with their meaning.
          const facts = article.facts.filter((fact) => fact.section === section.id && fact.kind !== "term");
          if (facts.length === 0) return null;
          return (
            <section key={section.id} className="fact-section">
              <h3>{localized(section.heading, locale)}</h3>
              <ul className="fact-list">
                {facts.map((fact) => (
                  <FactItem
                    key={fact.id}
                    fact={fact}
                    locale={locale}
                    sourcesById={sourcesById}
                    questionCount={questionCounts.get(fact.id) ?? 0}
                  />
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
  questionCount,
}: {
  fact: Fact;
  locale: string;
  sourcesById: Map<string, Source>;
  questionCount: number;
}) {
  const [t, tReading] = await Promise.all([getTranslations("article"), getTranslations("reading")]);
  return (
    <li className="fact" id={`fact-${fact.id}`}>
      <span className="badge">{t(`kinds.${fact.kind}`)}</span>
      {fact.stance.type === "assessment" && (
        <span className="badge badge--assessment">{t("assessment", { holder: fact.stance.heldBy })}</span>
      )}
      <p className="fact__statement">{localized(fact.statement, locale)}</p>
      <p className="fact__sources muted">
        {fact.sourceIds.map((id) => sourcesById.get(id)?.publisher ?? id).join("、")}
      </p>
      <div className="fact__actions">
        <a href={`#sentence-${fact.id}`}>{tReading("backToSentence")}</a>
        {questionCount > 0 ? (
          <PractiseSentenceButton
            factId={fact.id}
            label={localized(fact.label, locale)}
            count={questionCount}
          />
        ) : (
          <span className="muted">{tReading("noQuestions")}</span>
        )}
      </div>
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
    </>
  );
}

async function ArticleTimeline({ article }: { article: Article }) {
  const t = await getTranslations("reading.timeline");
  const entries = articleTimeline(article);
  const ownIds = new Set(article.entities.map((entity) => entity.id));
  const entities = entitiesWithTimelines(getArticles()).filter((entity) => ownIds.has(entity.id));
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      <TimelineChart entries={entries} title={t("title")} />
      {entities.length > 0 && (
        <>
          <h3>{t("entityLinks")}</h3>
          <ul className="timeline__entities">
            {entities.map((entity) => (
              <li key={entity.id}>
                <Link href={`/timeline/${entity.id}`}>
                  {t.rich("entityLink", {
                    name: () => <span lang="ja">{entity.name}</span>,
                    articles: entity.articleCount,
                    entries: entity.entryCount,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
