import { articles } from "./articles";
import { generateQuestions } from "./generator/generate-questions";
import type { Article } from "./schemas/article-schema";
import type { Question } from "./schemas/question-types";

/** The seed every server-side bank uses; changing it reshuffles stored option orders, not ids. */
export const DEFAULT_SEED = "jiji";

const banks = new Map<string, Question[]>();
let questionsById: Map<string, Question> | null = null;

export function getArticles(): readonly Article[] {
  return articles;
}

export function getArticle(slug: string): Article | undefined {
  return articles.find((article) => article.slug === slug);
}

export function getQuestionBank(slug: string): Question[] {
  const cached = banks.get(slug);
  if (cached) return cached;
  const article = getArticle(slug);
  if (!article)
    throw new Error(`Unknown article "${slug}"; known: ${articles.map((a) => a.slug).join(", ")}`);
  const bank = generateQuestions(article, { seed: DEFAULT_SEED });
  banks.set(slug, bank);
  return bank;
}

export function findQuestion(questionId: string): Question | undefined {
  if (!questionsById) {
    questionsById = new Map(
      articles.flatMap((article) => getQuestionBank(article.slug).map((question) => [question.id, question])),
    );
  }
  return questionsById.get(questionId);
}
