import type { SubmitAnswerResult } from "@/server/quiz/answer-types";

/** The `message` of an `ApiErrorBody`, or null when the body has another shape (a proxy's HTML page, say). */
export function readApiErrorMessage(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const error = (body as { error: unknown }).error;
  if (typeof error !== "object" || error === null || !("message" in error)) return null;
  const message = (error as { message: unknown }).message;
  return typeof message === "string" && message.trim() !== "" ? message : null;
}

/** Codes of a 409 after which no answer of this attempt can be stored: the screen offers the results instead. */
export const CLOSED_ATTEMPT_CODES = ["time-up", "attempt-finished"] as const;
export type ClosedAttemptCode = (typeof CLOSED_ATTEMPT_CODES)[number];

/** The closing code of an `ApiErrorBody`, or null for any other error. */
export function readClosedAttemptCode(body: unknown): ClosedAttemptCode | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const error = (body as { error: unknown }).error;
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : null;
  return CLOSED_ATTEMPT_CODES.find((known) => known === code) ?? null;
}

export function isSubmitAnswerResult(body: unknown): body is SubmitAnswerResult {
  if (typeof body !== "object" || body === null) return false;
  const result = body as Partial<Record<keyof SubmitAnswerResult, unknown>>;
  return (
    typeof result.isFinished === "boolean" &&
    (result.status === "recorded" || result.status === "already-recorded")
  );
}

/** Partial credit as a whole percentage, only when it is strictly between nothing and full marks. */
export function partialCreditPercent(score: number): number | null {
  if (!(score > 0 && score < 1)) return null;
  return Math.min(99, Math.max(1, Math.round(score * 100)));
}
