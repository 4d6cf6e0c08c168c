"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

/** Moves past an answered question: the server renders the next unanswered one, or the results when done. */
export function useAdvanceQuiz(attemptId: string) {
  const router = useRouter();
  const [isAdvancing, startTransition] = useTransition();

  function advance(isFinished: boolean) {
    startTransition(() => {
      if (isFinished) router.push(`/quiz/${encodeURIComponent(attemptId)}/results`);
      else router.refresh();
    });
  }

  return { advance, isAdvancing };
}
