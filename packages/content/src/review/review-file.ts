import { z } from "zod";
import type { Question } from "../schemas/question-types";

export const REVIEW_STATUSES = ["approved", "rejected", "pending"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Reasons an editor rejects a question; each names what a 時事問題 editor would object to. */
export const REJECTION_REASONS = [
  "wrong-key", // the key is wrong by the article
  "two-defensible", // more than one option (or the swapped statement) can be defended
  "unnatural-japanese", // reads like a template, not a workbook
  "trivial", // answerable without reading the article, or gives itself away
  "unfair-to-type", // a fill-in with more than one fair wording
  "metadata", // about the source rather than the news
  "duplicate", // asks what another approved question asks
  "not-in-article", // depends on knowledge the article does not give
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** What review compares: the question as generated, less the generator version (a bump alone changes nothing a student sees). */
type ReviewedQuestion = Omit<Question, "generatorVersion">;

const reviewEntrySchema = z
  .object({
    id: z.string().regex(/^q-[0-9a-f]{10}$/),
    status: z.enum(REVIEW_STATUSES),
    reason: z.enum(REJECTION_REASONS).optional(),
    /** The editor's words: why rejected, or what to watch in class. Never shown to students. */
    note: z.string().optional(),
    question: z.custom<Question>((value) => typeof value === "object" && value !== null),
  })
  .refine((entry) => entry.status !== "rejected" || entry.reason !== undefined, {
    message: "a rejected question needs a reason",
    path: ["reason"],
  });
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

export const reviewFileSchema = z.object({
  article: z.string(),
  questions: z.array(reviewEntrySchema),
});
export type ReviewFile = z.infer<typeof reviewFileSchema>;

/** A question no longer generated, kept whole so the history of those who answered it stays readable. */
export const retiredFileSchema = z.array(
  z.custom<Question>((value) => typeof value === "object" && value !== null),
);

function toReviewed(question: Question): ReviewedQuestion {
  const { generatorVersion: _version, ...rest } = question;
  return rest;
}

/** Key order does not matter; everything else does (stem, options and their order, key, explanation, citations). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, canonical(entry)]),
    );
  }
  return value;
}

export function isSameQuestion(a: Question, b: Question): boolean {
  return JSON.stringify(canonical(toReviewed(a))) === JSON.stringify(canonical(toReviewed(b)));
}

export type ReviewProblem = { questionId: string; message: string };

/**
 * Compares a generated bank with its review file: every question needs an entry whose text is the same, and no
 * entry may still be pending. A retired id must never come back with other content.
 */
export function checkReview(
  bank: readonly Question[],
  review: ReviewFile,
  retired: readonly Question[],
): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const entries = new Map(review.questions.map((entry) => [entry.id, entry]));
  const retiredIds = new Set(retired.map((question) => question.id));
  const generatedIds = new Set<string>();
  for (const question of bank) {
    generatedIds.add(question.id);
    if (retiredIds.has(question.id))
      problems.push({ questionId: question.id, message: "reuses the id of a retired question" });
    const entry = entries.get(question.id);
    if (!entry) problems.push({ questionId: question.id, message: "generated but not in the review file" });
    else if (!isSameQuestion(entry.question, question))
      problems.push({ questionId: question.id, message: `text differs from its ${entry.status} entry` });
    else if (entry.status === "pending")
      problems.push({ questionId: question.id, message: "not reviewed yet (pending)" });
  }
  for (const entry of review.questions) {
    if (!generatedIds.has(entry.id))
      problems.push({
        questionId: entry.id,
        message: "in the review file but no longer generated (retire it)",
      });
  }
  return problems;
}

/**
 * The review file after a generator or fact change: unchanged questions keep their status, new or changed ones
 * become pending, vanished ones move to the retired list whole.
 */
export function updateReview(
  bank: readonly Question[],
  review: ReviewFile,
  retired: readonly Question[],
): {
  review: ReviewFile;
  retired: Question[];
  counts: { kept: number; pending: number; retired: number };
  changedApproved: string[];
} {
  const entries = new Map(review.questions.map((entry) => [entry.id, entry]));
  const generatedIds = new Set(bank.map((question) => question.id));
  let kept = 0;
  let pending = 0;
  const changedApproved: string[] = [];
  const questions = bank.map((question): ReviewEntry => {
    const entry = entries.get(question.id);
    if (entry && isSameQuestion(entry.question, question)) {
      kept++;
      return entry;
    }
    if (entry?.status === "approved") {
      // Served text under this id is in students' history: the change needs a new id (bump the fact's revision).
      changedApproved.push(question.id);
      return entry;
    }
    pending++;
    return { id: question.id, status: "pending", question };
  });
  // Only approved questions were ever served, so only they can sit in someone's history.
  const newlyRetired = review.questions
    .filter((entry) => !generatedIds.has(entry.id) && entry.status === "approved")
    .map((entry) => entry.question);
  const retiredIds = new Set(retired.map((question) => question.id));
  return {
    review: { article: review.article, questions },
    retired: [...retired, ...newlyRetired.filter((question) => !retiredIds.has(question.id))],
    counts: { kept, pending, retired: newlyRetired.length },
    changedApproved,
  };
}
