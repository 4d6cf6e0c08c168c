"use client";

import { useActionState } from "react";
import { useTranslations } from "@/i18n/client";
import { changePasswordAction } from "@/server/actions/accounts";
import type { FormState } from "@/server/auth/form-action";
import { FormField } from "./form-field";

export function ChangePasswordForm({
  isChanged,
  passwordRange,
}: {
  /** The page was reached by the redirect after a successful change. */
  isChanged: boolean;
  passwordRange: { min: number; max: number };
}) {
  const t = useTranslations("account.passwordChange");
  const tAuth = useTranslations("auth");
  const [state, action, isPending] = useActionState(changePasswordAction, {} as FormState);
  const hasErrors = Boolean(state.formError || state.fieldErrors);
  return (
    <form action={action} className="form" noValidate aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t("title")}</h2>
      {hasErrors && (
        <p role="alert" className="form__error">
          {state.formError
            ? tAuth(`errors.${state.formError}`, state.formErrorValues)
            : tAuth("formErrorTitle")}
        </p>
      )}
      {isChanged && !hasErrors && (
        <p role="status" className="muted">
          {t("changed")}
        </p>
      )}
      <FormField
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <FormField
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={tAuth("passwordHint", passwordRange)}
        autoComplete="new-password"
        required
        minLength={passwordRange.min}
        maxLength={passwordRange.max}
        errors={state.fieldErrors?.newPassword}
      />
      <FormField
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        required
        errors={state.fieldErrors?.confirmPassword}
      />
      <button type="submit" className="button button--primary" disabled={isPending}>
        {isPending ? tAuth("submitting") : t("submit")}
      </button>
    </form>
  );
}
