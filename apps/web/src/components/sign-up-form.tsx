"use client";

import { useActionState } from "react";
import { useTranslations } from "@/i18n/client";
import { signUpAction } from "@/server/actions/accounts";
import type { FormState } from "@/server/auth/form-action";
import { FormField } from "./form-field";

export function SignUpForm({
  callbackUrl,
  passwordRange,
}: {
  callbackUrl: string;
  passwordRange: { min: number; max: number };
}) {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState(signUpAction, {} as FormState);
  const hasErrors = Boolean(state.formError || state.fieldErrors);
  return (
    <form action={action} className="form" noValidate>
      {hasErrors && (
        <p role="alert" className="form__error">
          {state.formError ? t(`errors.${state.formError}`, state.formErrorValues) : t("formErrorTitle")}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        maxLength={50}
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
      <FormField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <FormField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", passwordRange)}
        autoComplete="new-password"
        required
        minLength={passwordRange.min}
        maxLength={passwordRange.max}
        errors={state.fieldErrors?.password}
      />
      <button type="submit" className="button button--primary" disabled={isPending}>
        {isPending ? t("submitting") : t("submitSignUp")}
      </button>
    </form>
  );
}
