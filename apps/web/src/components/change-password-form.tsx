"use client";

import { useTranslations } from "@/i18n/client";
import { changePasswordAction } from "@/server/actions/accounts";
import { ActionForm, useFormContext } from "./form/action-form";
import { Field } from "./form/fields";
import type { InputLimits } from "./form/input-limits";

export function ChangePasswordForm({
  isChanged,
  limits,
}: {
  /** The page was reached by the redirect after a successful change. */
  isChanged: boolean;
  /** inputLimits(changePasswordSchema). */
  limits: { newPassword: InputLimits };
}) {
  const t = useTranslations("account.passwordChange");
  const tAuth = useTranslations("auth");
  const { minLength = 0, maxLength = 0 } = limits.newPassword;
  return (
    <ActionForm
      action={changePasswordAction}
      messages="auth.errors"
      checkFieldsText={tAuth("formErrorTitle")}
      submitLabel={t("submit")}
      pendingLabel={tAuth("submitting")}
      labelledBy="change-password-title"
    >
      <h2 id="change-password-title">{t("title")}</h2>
      {isChanged && <ChangedStatus text={t("changed")} />}
      <Field
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
      />
      <Field
        name="newPassword"
        type="password"
        label={t("newPassword")}
        hint={tAuth("passwordHint", { min: minLength, max: maxLength })}
        autoComplete="new-password"
        required
        limits={limits.newPassword}
      />
      <Field
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        required
      />
    </ActionForm>
  );
}

/** "Changed" until the form answers with an error. */
function ChangedStatus({ text }: { text: string }) {
  const { state } = useFormContext();
  if (state.formError || state.fieldErrors) return null;
  return (
    <p role="status" className="muted">
      {text}
    </p>
  );
}
