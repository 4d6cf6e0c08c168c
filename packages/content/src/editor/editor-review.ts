import { z } from "zod";
import { DEFAULT_SEED } from "../bank-seed";
import { generateQuestions } from "../generator/generate-questions";
import { shortHash } from "../lib/hash";
import { REJECTION_REASONS } from "../review/review-file";
import type { Article } from "../schemas/article-schema";
import type { Question } from "../schemas/question-types";

/**
 * An editor's decision on one question, keyed by question id: approved or rejected (with a reason), the
 * fingerprint of the text reviewed (a question whose text changed since is not served) and any rewording.
 */
export const editorDecisionSchema = z
  .object({
    status: z.enum(["approved", "rejected"]),
    reason: z.enum(REJECTION_REASONS).optional(),
    fingerprint: z.string().min(1),
    stem: z.string().trim().min(1).max(500).optional(),
    explanation: z.string().trim().min(1).max(1000).optional(),
  })
  .refine((decision) => decision.status !== "rejected" || decision.reason !== undefined, {
    message: "a rejected question needs a reason",
    path: ["reason"],
  });
export type EditorDecision = z.infer<typeof editorDecisionSchema>;

export const editorReviewSchema = z.object({
  questions: z.record(z.string().regex(/^q-[0-9a-f]{10}$/), editorDecisionSchema).default({}),
});
export type EditorReview = z.infer<typeof editorReviewSchema>;

/** What a review decision is about: the generated text, less the generator version. */
export function questionFingerprint(question: Question): string {
  const { generatorVersion: _version, ...rest } = question;
  return shortHash(JSON.stringify(rest));
}

/** The question as students read it: the editor's rewording of the stem or explanation, if any. */
export function withRewording(question: Question, decision: EditorDecision | undefined): Question {
  if (!decision?.stem && !decision?.explanation) return question;
  return {
    ...question,
    stem: decision.stem ? { ja: decision.stem } : question.stem,
    explanation: decision.explanation ? { ja: decision.explanation } : question.explanation,
  };
}

export type ReviewedQuestion = {
  question: Question;
  decision: EditorDecision | undefined;
  isCurrent: boolean;
};

/**
 * The same generator and checks as the shipped bank, with the editor's decisions: every generated question
 * (reworded where the editor reworded it) and whether its decision still matches its text.
 */
export function reviewEditorBank(article: Article, review: EditorReview): ReviewedQuestion[] {
  return generateQuestions(article, { seed: DEFAULT_SEED }).map((question) => {
    const decision = review.questions[question.id];
    const isCurrent = decision !== undefined && decision.fingerprint === questionFingerprint(question);
    return { question: withRewording(question, decision), decision, isCurrent };
  });
}

/** Only approved questions whose text is what the editor approved are served. */
export function servedEditorQuestions(reviewed: readonly ReviewedQuestion[]): Question[] {
  return reviewed
    .filter((entry) => entry.isCurrent && entry.decision?.status === "approved")
    .map((entry) => entry.question);
}
