import { articles, reviewsBySlug } from "./articles";
import { DEFAULT_SEED } from "./bank-seed";
import { generateQuestions } from "./generator/generate-questions";
import type { Article } from "./schemas/article-schema";
import type { Question } from "./schemas/question-types";

export { DEFAULT_SEED };

type Bank = { served: Question[]; all: Question[] };

const banks = new Map<string, Bank>();
let questionsById: Map<string, Question> | null = null;
let servedIds: Set<string> | null = null;

export function getArticles(): readonly Article[] {
  return articles;
}

export function getArticle(slug: string): Article | undefined {
  return articles.find((article) => article.slug === slug);
}

/** Generated questions, and those an editor approved with exactly this text: the only ones students are served. */
function bankOf(slug: string): Bank {
  const cached = banks.get(slug);
  if (cached) return cached;
  const article = getArticle(slug);
  if (!article)
    throw new Error(`Unknown article "${slug}"; known: ${articles.map((a) => a.slug).join(", ")}`);
  const all = generateQuestions(article, { seed: DEFAULT_SEED });
  const review = reviewsBySlug.get(slug);
  const served = all.filter((question) => review?.isApproved(question) === true);
  const bank = { served, all };
  banks.set(slug, bank);
  return bank;
}

/** The approved questions of an article: what quizzes, reviews, practice and drawn sets may serve. */
export function getQuestionBank(slug: string): Question[] {
  return bankOf(slug).served;
}

/** Whether a question may be served to a student now (approved, not retired, text unchanged since review). */
export function isServable(questionId: string): boolean {
  if (!servedIds)
    servedIds = new Set(articles.flatMap((article) => bankOf(article.slug).served.map((q) => q.id)));
  return servedIds.has(questionId);
}

/**
 * Any question a student may have met: generated now (served or not: an attempt started before a review keeps
 * grading) or retired (its history stays readable). Not for choosing questions to serve.
 */
export function findQuestion(questionId: string): Question | undefined {
  if (!questionsById) {
    questionsById = new Map();
    for (const article of articles) {
      for (const question of reviewsBySlug.get(article.slug)?.retired ?? [])
        questionsById.set(question.id, question);
      for (const question of bankOf(article.slug).all) questionsById.set(question.id, question);
    }
  }
  return questionsById.get(questionId);
}
