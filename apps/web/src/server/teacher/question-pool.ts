import "server-only";
import type { FactKind, LocalizedText, QuestionType } from "@jiji/content";
import {
  DEFAULT_SEED,
  findQuestion,
  generateQuestions,
  getArticle,
  getArticles,
  isServable,
  type Question,
  selectQuestions,
} from "@jiji/content/server";
import type { QuizSetFilters } from "./teacher-schemas";

/** What the builder offers: each article with its sections, and the tags and fact kinds it uses. */
export type ArticleCatalogEntry = {
  slug: string;
  title: LocalizedText;
  sections: { id: string; heading: LocalizedText }[];
  tags: string[];
  kinds: FactKind[];
};

export function articleCatalog(): ArticleCatalogEntry[] {
  return getArticles().map((article) => ({
    slug: article.slug,
    title: article.title,
    sections: article.sections.map((section) => ({ id: section.id, heading: section.heading })),
    tags: [...new Set(article.facts.flatMap((fact) => fact.tags))].sort(),
    kinds: [...new Set(article.facts.map((fact) => fact.kind))],
  }));
}

/**
 * Every approved question the filters allow, across the chosen articles. Generated with the bank's seed and
 * kept only where the bank serves the same question; empty filters mean "all".
 */
export function buildQuestionPool(filters: QuizSetFilters): Question[] {
  const pool: Question[] = [];
  for (const slug of filters.articleSlugs) {
    const article = getArticle(slug);
    if (!article) continue;
    const generated = generateQuestions(article, {
      seed: DEFAULT_SEED,
      types: filters.types,
      ...(filters.kinds.length ? { kinds: filters.kinds } : {}),
      ...(filters.sections.length ? { sections: filters.sections } : {}),
      ...(filters.tags.length ? { tags: filters.tags } : {}),
    });
    for (const question of generated) {
      if (isServable(question.id)) pool.push(findQuestion(question.id) as Question);
    }
  }
  return pool;
}

/** The seeded draw both fixed sets (once, at creation) and per-student sets (at each start) use. */
export function drawQuestions(
  pool: readonly Question[],
  count: number,
  types: readonly QuestionType[],
  seed: string,
) {
  return selectQuestions(pool, { count, types, seed });
}

export function perStudentSeed(setSeed: string, userId: string): string {
  return `${setSeed}|student|${userId}`;
}
