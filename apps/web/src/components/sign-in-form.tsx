"use client";

import { useActionState } from "react";
import { useTranslations } from "@/i18n/client";
import { signInAction } from "@/server/actions/accounts";
import type { FormState } from "@/server/auth/form-action";
import { FormField } from "./form-field";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action, isPending] = useActionState(signInAction, {} as FormState);
  return (
    <form action={action} className="form" noValidate>
      {state.formError && (
        <p role="alert" className="form__error">
          {t(`errors.${state.formError}`, state.formErrorValues)}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
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
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <button type="submit" className="button button--primary" disabled={isPending}>
        {isPending ? t("submitting") : t("submitSignIn")}
      </button>
    </form>
  );
}
