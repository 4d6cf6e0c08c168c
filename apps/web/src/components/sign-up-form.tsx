"use client";

import { useTranslations } from "@/i18n/client";
import { signUpAction } from "@/server/actions/accounts";
import { ActionForm } from "./form/action-form";
import { Field } from "./form/fields";
import type { InputLimits } from "./form/input-limits";

export function SignUpForm({
  callbackUrl,
  limits,
}: {
  callbackUrl: string;
  /** inputLimits(signUpSchema): the password hint says the same bounds the schema enforces. */
  limits: { name: InputLimits; email: InputLimits; password: InputLimits };
}) {
  const t = useTranslations("auth");
  return (
    <ActionForm
      action={signUpAction}
      messages="auth.errors"
      hidden={{ callbackUrl }}
      checkFieldsText={t("formErrorTitle")}
      submitLabel={t("submitSignUp")}
      pendingLabel={t("submitting")}
    >
      <Field name="name" label={t("name")} autoComplete="name" required limits={limits.name} />
      <Field
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        limits={limits.email}
      />
      <Field
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: limits.password.minLength ?? 0, max: limits.password.maxLength ?? 0 })}
        autoComplete="new-password"
        required
        limits={limits.password}
      />
    </ActionForm>
  );
}
