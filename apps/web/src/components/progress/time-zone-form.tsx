"use client";

import { ActionForm, useFormContext } from "@/components/form/action-form";
import { SelectField } from "@/components/form/fields";
import { useTranslations } from "@/i18n/client";
import { updateTimeZoneAction } from "@/server/progress/actions";
import "@/app/progress.css";

export function TimeZoneForm({ current, zones }: { current: string; zones: readonly string[] }) {
  const t = useTranslations("progress.settings");
  return (
    <ActionForm
      action={updateTimeZoneAction}
      messages="progress.settings"
      summary="none"
      noValidate={false}
      submitLabel={t("save")}
    >
      <SelectField
        name="timeZone"
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        defaultValue={current}
        className="settings__select"
        options={zones.map((zone) => ({ value: zone, label: zone }))}
      />
      <SavedStatus text={t("saved")} />
    </ActionForm>
  );
}

/** The action echoes what was submitted even when it has nothing else to say: an echo without errors is "saved". */
function SavedStatus({ text }: { text: string }) {
  const { state } = useFormContext();
  const isSaved = Boolean(state.values) && !state.fieldErrors && !state.formError;
  return (
    <p role="status" className="muted">
      {isSaved ? text : ""}
    </p>
  );
}
