"use client";

import type { ReactNode } from "react";
import { ActionForm } from "@/components/form/action-form";
import type { FormAction } from "@/components/form/form-state";
import { useTranslations } from "@/i18n/client";

/**
 * An editor form: the kit's ActionForm with the editor's messages, and its article's slug and version as hidden
 * fields (a save over a newer version is refused and said so).
 */
export function EditorForm({
  action,
  target,
  children,
  submitLabel,
  className = "form",
  buttonClassName = "button button--primary",
  confirmText,
  submitName,
  submitValue,
  hidden,
  hasControlledInputs,
}: {
  action: FormAction;
  target?: { slug: string; version: number };
  /** Hidden fields besides the target (an undefined value is left out). */
  hidden?: Record<string, string | undefined>;
  /** See ActionForm: a form with React-controlled inputs (the fact form's kind) is submitted without React's reset. */
  hasControlledInputs?: boolean;
  children?: ReactNode;
  submitLabel: string;
  className?: string;
  buttonClassName?: string;
  confirmText?: string;
  submitName?: string;
  submitValue?: string;
}) {
  const t = useTranslations("editor");
  return (
    <ActionForm
      action={action}
      messages="editor.errors"
      // Messages that name the store's detail read as empty when it sent none.
      messageValues={{ detail: "" }}
      hidden={{
        ...(target ? { slug: target.slug, version: target.version } : {}),
        ...Object.fromEntries(
          Object.entries(hidden ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined),
        ),
      }}
      hasControlledInputs={hasControlledInputs}
      submitLabel={submitLabel}
      pendingLabel={t("saving")}
      className={className}
      buttonClassName={buttonClassName}
      alertClassName="form__error editor-error"
      confirmText={confirmText}
      submitName={submitName}
      submitValue={submitValue}
    >
      {children}
    </ActionForm>
  );
}
