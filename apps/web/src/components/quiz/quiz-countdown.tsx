"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "@/i18n/client";
import { countdownMark, formatRemaining } from "./countdown";

/**
 * The time left on a timed attempt. The clock itself is a silent `timer`; a polite live region speaks only when
 * a mark is reached (30, 10, 5 and 1 minutes, 30 and 10 seconds left). Calls `onTimeUp` once, at the deadline.
 */
export function QuizCountdown({ deadlineAt, onTimeUp }: { deadlineAt: string; onTimeUp: () => void }) {
  const t = useTranslations("quiz.timer");
  const deadline = Date.parse(deadlineAt);
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState("");
  // undefined until the first measurement, which sets the starting mark without announcing it.
  const spokenMark = useRef<number | null | undefined>(undefined);
  const onTimeUpRef = useRef(onTimeUp);
  onTimeUpRef.current = onTimeUp;
  const remainingMs = Math.max(0, deadline - now);

  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (remainingMs <= 0) {
      onTimeUpRef.current();
      return;
    }
    const mark = countdownMark(remainingMs);
    if (spokenMark.current !== undefined && mark !== null && mark !== spokenMark.current) {
      setAnnouncement(
        mark >= 60 ? t("remainingMinutes", { minutes: mark / 60 }) : t("remainingSeconds", { seconds: mark }),
      );
    }
    spokenMark.current = mark;
  }, [remainingMs, t]);

  return (
    <p className="quiz-timer">
      <span className="quiz-timer__label">{t("label")}</span>{" "}
      <span role="timer" aria-label={t("label")} className="quiz-timer__value" suppressHydrationWarning>
        {formatRemaining(remainingMs)}
      </span>
      <span className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </p>
  );
}
