import type { Question } from "../schemas/question-types";
import { isSameQuestion, type ReviewFile, retiredFileSchema, reviewFileSchema } from "./review-file";

/** An article's editorial decisions and retired questions, as the bank uses them. */
export type ArticleReview = {
  file: ReviewFile;
  retired: Question[];
  /** Approved with exactly this text: a question changed since its review is not served until reviewed again. */
  isApproved: (question: Question) => boolean;
};

export function loadReview(slug: string, review: unknown, retired: unknown): ArticleReview {
  const file = reviewFileSchema.parse(review);
  if (file.article !== slug) throw new Error(`review file of "${slug}" names "${file.article}"`);
  const entries = new Map(file.questions.map((entry) => [entry.id, entry]));
  return {
    file,
    retired: retiredFileSchema.parse(retired),
    isApproved: (question) => {
      const entry = entries.get(question.id);
      return entry?.status === "approved" && isSameQuestion(entry.question, question);
    },
  };
}
