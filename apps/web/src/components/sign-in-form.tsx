"use client";

import { useTranslations } from "@/i18n/client";
import { signInAction } from "@/server/actions/accounts";
import { ActionForm } from "./form/action-form";
import { Field } from "./form/fields";
import type { InputLimits } from "./form/input-limits";

export function SignInForm({
  callbackUrl,
  limits,
}: {
  callbackUrl: string;
  limits: { email: InputLimits; password: InputLimits };
}) {
  const t = useTranslations("auth");
  return (
    <ActionForm
      action={signInAction}
      messages="auth.errors"
      hidden={{ callbackUrl }}
      submitLabel={t("submitSignIn")}
      pendingLabel={t("submitting")}
    >
      <Field
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        limits={limits.email}
      />
      <Field name="password" type="password" label={t("password")} autoComplete="current-password" required />
    </ActionForm>
  );
}
