import { createHash } from "node:crypto";

/** One question in this many is kept for assessments whose feedback is held back. */
export const ASSESSMENT_SHARE = 4;

/**
 * Whether a question is reserved for assessments with held-back feedback (tests whose key is shown at the end or
 * after the due date). Practice, review and fact practice never serve a reserved question, so a student cannot
 * read the key of a test question in a practice quiz on the same article. Decided by the question id alone, so
 * it stays the same for as long as the id does, whatever else the generator changes.
 */
export function isAssessmentReserved(questionId: string): boolean {
  return createHash("sha256").update(`assessment|${questionId}`).digest()[0]! % ASSESSMENT_SHARE === 0;
}
