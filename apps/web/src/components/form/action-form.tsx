"use client";

import { createContext, type ReactNode, startTransition, useActionState, useContext, useId } from "react";
import { useTranslations } from "@/i18n/client";
import { formMessageText } from "./form-message";
import type { FormAction, FormMessage, FormState, MessageValues } from "./form-state";

type FormContextValue = {
  state: FormState;
  formId: string;
  /** Renders a message value in the form's error namespace. */
  text: (message: FormMessage) => string;
};

const FormContext = createContext<FormContextValue>({
  state: {},
  formId: "form",
  text: (message) => message.key,
});

/** The enclosing ActionForm's last answer and how to say its messages: for fields and status lines inside it. */
export const useFormContext = () => useContext(FormContext);

/**
 * A server-action form (useActionState): hidden fields, an announced error summary, and a button that shows it is
 * working. Fields inside read their errors and echoed values from it.
 *
 * `summary`: "form" announces the form error, or `checkFieldsText` (default: the namespace's `checkFields`) when
 * only fields are wrong; "all" announces every message, joined; "none" leaves it to the children.
 *
 * `hasControlledInputs`: React resets a form after its action answers, which puts controlled checkboxes back to their
 * first state in the page while the component's state keeps the teacher's choices (the next submit would send the
 * reset ones). Such a form is submitted by hand, without that reset.
 */
export function ActionForm({
  action,
  messages,
  submitLabel,
  pendingLabel,
  children,
  hidden,
  className = "form",
  buttonClassName = "button button--primary",
  summary = "form",
  checkFieldsText,
  messageValues,
  confirmText,
  submitName,
  submitValue,
  labelledBy,
  noValidate = true,
  alertClassName = "form__error",
  hasControlledInputs = false,
}: {
  action: FormAction;
  /** The namespace the action's message keys live in, e.g. "teacher.errors". */
  messages: string;
  submitLabel: string;
  pendingLabel?: string;
  children?: ReactNode;
  hidden?: Record<string, string | number>;
  className?: string;
  buttonClassName?: string;
  summary?: "form" | "all" | "none";
  checkFieldsText?: string;
  /** Values every message of this form may use, e.g. a formatted due date. */
  messageValues?: MessageValues;
  confirmText?: string;
  submitName?: string;
  submitValue?: string;
  labelledBy?: string;
  noValidate?: boolean;
  alertClassName?: string;
  hasControlledInputs?: boolean;
}) {
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  const formId = useId();
  const t = useTranslations(messages);
  const text = (message: FormMessage) => formMessageText(t, message, messageValues);
  const fieldMessages = Object.values(state.fieldErrors ?? {}).flat();
  const checkFields = checkFieldsText ?? (t.has("checkFields") ? t("checkFields", messageValues) : undefined);
  const announced =
    summary === "all"
      ? [state.formError, ...fieldMessages]
          .filter((entry): entry is FormMessage => entry !== undefined)
          .map(text)
          .join(" / ")
      : summary === "form"
        ? state.formError
          ? text(state.formError)
          : fieldMessages.length > 0
            ? checkFields
            : undefined
        : undefined;
  return (
    <FormContext.Provider value={{ state, formId, text }}>
      <form
        action={formAction}
        className={className || undefined}
        noValidate={noValidate || undefined}
        aria-labelledby={labelledBy}
        onSubmit={(event) => {
          if (confirmText && !window.confirm(confirmText)) return event.preventDefault();
          if (!hasControlledInputs) return;
          event.preventDefault();
          const formData = new FormData(event.currentTarget, event.nativeEvent.submitter);
          startTransition(() => formAction(formData));
        }}
      >
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {announced ? (
          <p role="alert" className={alertClassName}>
            {announced}
          </p>
        ) : null}
        {children}
        <button
          type="submit"
          className={buttonClassName}
          disabled={isPending}
          name={submitName}
          value={submitValue}
        >
          {isPending ? (pendingLabel ?? submitLabel) : submitLabel}
        </button>
      </form>
    </FormContext.Provider>
  );
}
