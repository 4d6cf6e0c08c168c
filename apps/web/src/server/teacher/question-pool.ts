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
import { type QuizSetFilters, SECTION_REF_PATTERN } from "./teacher-schemas";

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
    const sections = sectionsOfArticle(article, filters.sections);
    const generated = generateQuestions(article, {
      seed: DEFAULT_SEED,
      types: filters.types,
      ...(filters.kinds.length ? { kinds: filters.kinds } : {}),
      ...(sections.length ? { sections } : {}),
      ...(filters.tags.length ? { tags: filters.tags } : {}),
    });
    for (const question of generated) {
      if (isServable(question.id)) pool.push(findQuestion(question.id) as Question);
    }
  }
  return pool;
}

/**
 * The chosen sections that belong to this article: "slug/section" refs name their article; a bare section id
 * (sets saved before refs) counts for the article that has it. None chosen here means the whole article.
 */
function sectionsOfArticle(article: { slug: string; sections: { id: string }[] }, chosen: readonly string[]) {
  const own = new Set(article.sections.map((section) => section.id));
  return chosen.flatMap((choice) => {
    const ref = SECTION_REF_PATTERN.exec(choice);
    const [slug, id] = ref ? [ref[1], ref[2]] : [article.slug, choice];
    return slug === article.slug && id !== undefined && own.has(id) ? [id] : [];
  });
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
