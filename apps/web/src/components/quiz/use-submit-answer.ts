"use client";

import type { QuizResponse } from "@jiji/content";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "@/i18n/client";
import type { SubmitAnswerBody, SubmitAnswerResult } from "@/server/quiz/answer-types";
import {
  type ClosedAttemptCode,
  isSubmitAnswerResult,
  readApiErrorMessage,
  readClosedAttemptCode,
} from "./submit-answer-api";

// The API rejects more than a day; a tab left open that long still deserves to have its answer recorded.
const MAX_TIME_TAKEN_MS = 24 * 60 * 60 * 1000;

export type SubmitStatus = { state: "idle" } | { state: "sending" } | { state: "failed"; message: string };

/** Posts one answer; a failure keeps the form as it was so the same button retries, except a closed attempt. */
export function useSubmitAnswer({
  attemptId,
  questionId,
  onAnswered,
  onClosed,
}: {
  attemptId: string;
  questionId: string;
  onAnswered: (result: SubmitAnswerResult) => void;
  onClosed: (code: ClosedAttemptCode) => void;
}) {
  const t = useTranslations("quiz.errors");
  const [status, setStatus] = useState<SubmitStatus>({ state: "idle" });
  const shownAtRef = useRef<number | null>(null);
  // A ref, not state: two clicks in the same frame must not both send.
  const isSendingRef = useRef(false);

  useEffect(() => {
    shownAtRef.current = performance.now();
  }, []);

  async function submit(response: QuizResponse) {
    if (isSendingRef.current) return;
    isSendingRef.current = true;
    setStatus({ state: "sending" });
    const shownAt = shownAtRef.current ?? performance.now();
    const body: SubmitAnswerBody = {
      questionId,
      response,
      timeTakenMs: Math.min(MAX_TIME_TAKEN_MS, Math.max(0, Math.round(performance.now() - shownAt))),
    };

    let res: Response;
    try {
      res = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/responses`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      fail(t("network"));
      return;
    }

    const json: unknown = await res.json().catch(() => null);
    const closedCode = res.status === 409 ? readClosedAttemptCode(json) : null;
    if (closedCode) {
      // Stay locked: retrying can never succeed.
      setStatus({ state: "idle" });
      onClosed(closedCode);
      return;
    }
    if (!res.ok) {
      fail(readApiErrorMessage(json) ?? t("http", { status: res.status }));
      return;
    }
    if (!isSubmitAnswerResult(json)) {
      fail(t("unexpected"));
      return;
    }
    // Stay locked: the answer is recorded and the screen moves on from here.
    setStatus({ state: "idle" });
    onAnswered(json);
  }

  function fail(message: string) {
    isSendingRef.current = false;
    setStatus({ state: "failed", message });
  }

  return { status, submit };
}
