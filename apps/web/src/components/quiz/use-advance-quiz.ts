"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/**
 * Moves past an answered question: the server renders the next unanswered one, or the results when done.
 * The header (open-mistake count) lives in the root layout, which a client-side move does not re-render: every
 * way off an answered question refreshes the router, so the header never shows the count from before the answer.
 */
export function useAdvanceQuiz(attemptId: string) {
  const router = useRouter();
  const [isAdvancing, startTransition] = useTransition();
  const hasUnshownAnswer = useRef(false);

  // Leaving by a client-side move of the browser's own (back, say) while the feedback is shown.
  useEffect(
    () => () => {
      if (hasUnshownAnswer.current) router.refresh();
    },
    [router],
  );

  function markAnswered() {
    hasUnshownAnswer.current = true;
  }

  function advance(isFinished: boolean) {
    hasUnshownAnswer.current = false;
    startTransition(() => {
      if (isFinished) {
        router.push(`/quiz/${encodeURIComponent(attemptId)}/results`);
        // A push re-renders the results page but not the layout around it.
        router.refresh();
      } else router.refresh();
    });
  }

  return { advance, markAnswered, isAdvancing };
}
