"use client";

import { useActionState } from "react";
import { useTranslations } from "@/i18n/client";
import type { FormState } from "@/server/auth/form-action";
import { updateTimeZoneAction } from "@/server/progress/actions";

export function TimeZoneForm({ current, zones }: { current: string; zones: readonly string[] }) {
  const t = useTranslations("progress.settings");
  const [state, action, isPending] = useActionState(updateTimeZoneAction, {} as FormState);
  const hasError = Boolean(state.fieldErrors?.timeZone || state.formError);
  const isSaved = Boolean(state.values) && !hasError;
  return (
    <form action={action} className="form">
      <div className="field">
        <label htmlFor="time-zone">{t("timeZone")}</label>
        <select
          id="time-zone"
          name="timeZone"
          defaultValue={state.values?.timeZone ?? current}
          aria-describedby="time-zone-hint"
          aria-invalid={hasError || undefined}
          className="settings__select"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <p id="time-zone-hint" className="field__hint">
          {t("timeZoneHint")}
        </p>
      </div>
      <p role="status" className={hasError ? "form__error" : "muted"}>
        {hasError ? t("invalid") : isSaved ? t("saved") : ""}
      </p>
      <button type="submit" className="button button--primary" disabled={isPending}>
        {t("save")}
      </button>
    </form>
  );
}
