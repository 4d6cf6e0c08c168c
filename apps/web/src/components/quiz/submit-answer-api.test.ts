import { describe, expect, it } from "vitest";
import {
  isSubmitAnswerResult,
  partialCreditPercent,
  readApiErrorMessage,
  readClosedAttemptCode,
} from "./submit-answer-api";

describe("answer API bodies", () => {
  it("reads the message of an API error", () => {
    expect(readApiErrorMessage({ error: { code: "closed", message: "締め切られました" } })).toBe(
      "締め切られました",
    );
    expect(readApiErrorMessage("<html>")).toBeNull();
    expect(readApiErrorMessage({ error: "boom" })).toBeNull();
  });

  it("tells an attempt that can take no more answers from other errors", () => {
    expect(readClosedAttemptCode({ error: { code: "time-up", message: "時間切れです" } })).toBe("time-up");
    expect(readClosedAttemptCode({ error: { code: "attempt-finished", message: "" } })).toBe(
      "attempt-finished",
    );
    expect(readClosedAttemptCode({ error: { code: "invalid-response", message: "" } })).toBeNull();
    expect(readClosedAttemptCode("<html>")).toBeNull();
  });

  it("recognises a submit result", () => {
    expect(isSubmitAnswerResult({ status: "recorded", answeredCount: 1, total: 5, isFinished: false })).toBe(
      true,
    );
    expect(isSubmitAnswerResult({ ok: true })).toBe(false);
  });

  it("shows partial credit only between 0 and 1", () => {
    expect(partialCreditPercent(0)).toBeNull();
    expect(partialCreditPercent(1)).toBeNull();
    expect(partialCreditPercent(2 / 3)).toBe(67);
    expect(partialCreditPercent(0.001)).toBe(1);
    expect(partialCreditPercent(0.999)).toBe(99);
  });
});
