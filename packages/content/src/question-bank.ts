import { articles, reviewsBySlug } from "./articles";
import { DEFAULT_SEED } from "./bank-seed";
import { reviewEditorBank, servedEditorQuestions } from "./editor/editor-review";
import { onPublishedEditorArticlesChange, publishedEditorArticles } from "./editor/published-articles";
import { generateQuestions } from "./generator/generate-questions";
import type { Article } from "./schemas/article-schema";
import type { Question } from "./schemas/question-types";

export { DEFAULT_SEED };

type Bank = { served: Question[]; all: Question[]; retired: readonly Question[] };

const banks = new Map<string, Bank>();
let questionsById: Map<string, Question> | null = null;
let servedIds: Set<string> | null = null;
let listed: readonly Article[] | null = null;

onPublishedEditorArticlesChange(() => {
  banks.clear();
  questionsById = null;
  servedIds = null;
  listed = null;
});

/** The shipped articles and those published from the editor (not unpublished ones): what new quizzes may use. */
export function getArticles(): readonly Article[] {
  listed ??= [
    ...articles,
    ...[...publishedEditorArticles().values()].filter((entry) => entry.listed).map((entry) => entry.article),
  ];
  return listed;
}

/** Any article a student may have met, an unpublished editor article included (its history stays readable). */
export function getArticle(slug: string): Article | undefined {
  return articles.find((article) => article.slug === slug) ?? publishedEditorArticles().get(slug)?.article;
}

/** Generated questions, and those an editor approved with exactly this text: the only ones students are served. */
function bankOf(slug: string): Bank {
  const cached = banks.get(slug);
  if (cached) return cached;
  const bank = shippedBank(slug) ?? editorBank(slug);
  if (!bank)
    throw new Error(
      `Unknown article "${slug}"; known: ${getArticles()
        .map((a) => a.slug)
        .join(", ")}`,
    );
  banks.set(slug, bank);
  return bank;
}

function shippedBank(slug: string): Bank | undefined {
  const article = articles.find((candidate) => candidate.slug === slug);
  if (!article) return undefined;
  const all = generateQuestions(article, { seed: DEFAULT_SEED });
  const review = reviewsBySlug.get(slug);
  const served = all.filter((question) => review?.isApproved(question) === true);
  return { served, all, retired: review?.retired ?? [] };
}

function editorBank(slug: string): Bank | undefined {
  const entry = publishedEditorArticles().get(slug);
  if (!entry) return undefined;
  const reviewed = reviewEditorBank(entry.article, entry.review);
  return {
    served: entry.listed ? servedEditorQuestions(reviewed) : [],
    all: reviewed.map((item) => item.question),
    retired: entry.retired,
  };
}

/** Every article whose questions may be in someone's history: shipped, published and unpublished editor ones. */
function everyArticleSlug(): string[] {
  return [...articles.map((article) => article.slug), ...publishedEditorArticles().keys()];
}

/** The approved questions of an article: what quizzes, reviews, practice and drawn sets may serve. */
export function getQuestionBank(slug: string): Question[] {
  return bankOf(slug).served;
}

/** Whether a question may be served to a student now (approved, not retired, text unchanged since review). */
export function isServable(questionId: string): boolean {
  servedIds ??= new Set(everyArticleSlug().flatMap((slug) => bankOf(slug).served.map((q) => q.id)));
  return servedIds.has(questionId);
}

/**
 * Any question a student may have met: generated now (served or not: an attempt started before a review keeps
 * grading) or retired (its history stays readable). Not for choosing questions to serve.
 */
export function findQuestion(questionId: string): Question | undefined {
  if (!questionsById) {
    questionsById = new Map();
    for (const slug of everyArticleSlug()) {
      const bank = bankOf(slug);
      for (const question of bank.retired) questionsById.set(question.id, question);
      for (const question of bank.all) questionsById.set(question.id, question);
    }
  }
  return questionsById.get(questionId);
}
