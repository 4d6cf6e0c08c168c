"use client";

import { useId } from "react";

type TypedAnswerFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Read-only while sending: unlike disabled, it keeps focus so a failed send can be retried with Enter. */
  isReadOnly: boolean;
  hint?: string;
  /** Shown right after the box, e.g. the unit of a numeric answer. */
  suffix?: string;
};

/** A labelled one-line text box; Enter submits the surrounding form. */
export function TypedAnswerField({
  label,
  value,
  onChange,
  isReadOnly,
  hint,
  suffix,
}: TypedAnswerFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const suffixId = `${id}-suffix`;
  const describedBy = [suffix && suffixId, hint && hintId].filter(Boolean).join(" ");
  return (
    <div className="field quiz-typed-answer">
      <label htmlFor={id}>{label}</label>
      <div className="quiz-typed-answer__row">
        <input
          id={id}
          type="text"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="send"
          maxLength={100}
          value={value}
          readOnly={isReadOnly}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            // Enter that confirms a Japanese IME conversion must not send the answer (Safari reports it as keyCode 229).
            if (event.key === "Enter" && (event.nativeEvent.isComposing || event.keyCode === 229)) {
              event.preventDefault();
            }
          }}
          className="quiz-typed-answer__input"
        />
        {suffix && (
          <span id={suffixId} className="quiz-typed-answer__suffix">
            {suffix}
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
