import type { Article, Fact, LocalizedText } from "../schemas/article-schema";
import { formatDateJa } from "../schemas/fact-date";

/** One dated fact on a timeline, in Japanese date format, with the way back to its sentence. */
export type TimelineEntry = {
  articleSlug: string;
  factId: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: sorts as text. */
  date: string;
  dateJa: string;
  /** The article derived the date (from context or a source's date) rather than stating it. */
  isInferred: boolean;
  label: LocalizedText;
  isAssessment: boolean;
};

function dateOf(fact: Fact) {
  return "date" in fact ? fact.date : undefined;
}

function entriesOf(article: Article, facts: readonly Fact[]): TimelineEntry[] {
  return facts.flatMap((fact) => {
    const date = dateOf(fact);
    if (!date) return [];
    return [
      {
        articleSlug: article.slug,
        factId: fact.id,
        date: date.value,
        dateJa: formatDateJa(date.value),
        isInferred: date.isInferred,
        label: fact.label,
        isAssessment: fact.stance.type === "assessment",
      },
    ];
  });
}

function byDate(a: TimelineEntry, b: TimelineEntry): number {
  return (
    a.date.localeCompare(b.date) ||
    a.articleSlug.localeCompare(b.articleSlug) ||
    a.factId.localeCompare(b.factId)
  );
}

/** The dated facts of one article, oldest first. */
export function articleTimeline(article: Article): TimelineEntry[] {
  return entriesOf(article, article.facts).sort(byDate);
}

/**
 * The dated facts about one entity across every article that registers it (same id or same name), oldest
 * first: the cross-article view that ordering questions are drawn from.
 */
export function entityTimeline(articles: readonly Article[], entityId: string): TimelineEntry[] {
  const name = articles.flatMap((article) => article.entities).find((entity) => entity.id === entityId)?.name;
  return articles
    .flatMap((article) => {
      const ids = new Set(
        article.entities
          .filter((entity) => entity.id === entityId || entity.name === name)
          .map((entity) => entity.id),
      );
      return entriesOf(
        article,
        article.facts.filter((fact) => fact.about.some((id) => ids.has(id))),
      );
    })
    .sort(byDate);
}

/**
 * Entities that have dated facts (one per name: two articles may give one person different ids), with how many
 * articles their timeline draws on.
 */
export function entitiesWithTimelines(
  articles: readonly Article[],
): { id: string; name: string; articleCount: number; entryCount: number }[] {
  const firstIdByName = new Map<string, string>();
  for (const entity of articles.flatMap((article) => article.entities))
    if (!firstIdByName.has(entity.name)) firstIdByName.set(entity.name, entity.id);
  return [...firstIdByName].flatMap(([name, id]) => {
    const entries = entityTimeline(articles, id);
    if (entries.length === 0) return [];
    const articleCount = new Set(entries.map((entry) => entry.articleSlug)).size;
    return [{ id, name, articleCount, entryCount: entries.length }];
  });
}
