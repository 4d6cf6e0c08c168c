import { getArticle } from "../question-bank";
import type { Question } from "../schemas/question-types";
import { locateFactSentence, type SentenceLocation } from "./mark-sentences";

/** The article sentences a question comes from (one per fact it tests), for feedback after answering. */
export function evidenceFor(question: Pick<Question, "articleSlug" | "factIds">): SentenceLocation[] {
  const article = getArticle(question.articleSlug);
  if (!article) return [];
  const seen = new Set<string>();
  return question.factIds.flatMap((factId) => {
    const location = locateFactSentence(article, factId);
    // An ordering item's facts can share a sentence: quote it once.
    if (!location || seen.has(location.sentence)) return [];
    seen.add(location.sentence);
    return [location];
  });
}
