"use client";

import type { FactFieldDescription, FactKind } from "@jiji/content";
import { startTransition, useActionState, useId, useState } from "react";
import { useTranslations } from "@/i18n/client";
import { type FormValues, formDataValues } from "@/lib/form-data-values";
import type { FormState } from "@/server/auth/form-action";
import { saveFactAction } from "@/server/editor/actions";
import {
  FactCheckbox,
  FactCheckboxGroup,
  FactInputContext,
  FactListField,
  FactSelect,
  FactTextInput,
  type SelectGroup,
  type SelectOption,
} from "./fact-field-inputs";

/** What the fact form offers, read from the article on the server: kinds and their fields, sentences, entities. */
export type FactFormOptions = {
  kinds: { kind: FactKind; fields: FactFieldDescription[] }[];
  /** The article's sentences by section (a fact's sentence is one of them, verbatim). */
  sentences: SelectGroup[];
  entities: SelectOption[];
  sources: SelectOption[];
};

type State = { result: FormState; submitted?: FormValues; attempt: number };

/**
 * A fact written by hand, an accepted fact edited, or a proposal edited before it is accepted: the chosen kind's
 * fields as labelled inputs. A refused save shows each field's message beside it and keeps what was typed.
 */
export function FactFieldsForm({
  target,
  options,
  kind: initialKind,
  values: initialValues,
  submitLabel,
  replaces,
  proposalId,
}: {
  target: { slug: string; version: number };
  options: FactFormOptions;
  kind: FactKind;
  values: FormValues;
  submitLabel: string;
  /** The id of the accepted fact being edited (its id is then fixed). */
  replaces?: string;
  proposalId?: string;
}) {
  const t = useTranslations("editor");
  const formId = useId();
  const [kind, setKind] = useState<FactKind>(initialKind);
  const [state, dispatch, isPending] = useActionState(
    async (previous: State, formData: FormData): Promise<State> => {
      const result = await saveFactAction(previous.result, formData);
      const isRefused = Boolean(result.formError || result.fieldErrors);
      return {
        result,
        submitted: isRefused ? formDataValues(formData) : undefined,
        attempt: previous.attempt + 1,
      };
    },
    { result: {}, attempt: 0 },
  );
  // After a saved add the form starts from its blank values again; after a saved edit, from the saved fact.
  const values = state.submitted ?? initialValues;
  const errors = state.result.fieldErrors ?? {};
  const hasFieldErrors = Object.keys(errors).length > 0;
  const fields = options.kinds.find((entry) => entry.kind === kind)?.fields ?? [];
  const namesId = `${formId}-names`;
  const label = (name: string) => t(`factForm.fields.${name}.label`);
  const hint = (name: string) =>
    t.has(`factForm.fields.${name}.hint`) ? t(`factForm.fields.${name}.hint`) : undefined;
  const choose = t("factForm.choose");

  return (
    <form
      className="form fact-form"
      noValidate
      // Dispatched by hand rather than through `action`: a form action resets the form after each save, which
      // would put the controlled kind back to the first option while its fields stay (and post the wrong kind).
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
    >
      <input type="hidden" name="slug" value={target.slug} />
      <input type="hidden" name="version" value={target.version} />
      {replaces && <input type="hidden" name="replaces" value={replaces} />}
      {proposalId && <input type="hidden" name="proposalId" value={proposalId} />}
      {(state.result.formError || hasFieldErrors) && (
        <div role="alert" className="form__error editor-error">
          <p>
            {state.result.formError
              ? t.has(`errors.${state.result.formError}`)
                ? t(`errors.${state.result.formError}`, {
                    detail: "",
                    ...state.result.formErrorValues,
                  })
                : t("errors.generic")
              : t("errors.checkFields")}
          </p>
          {errors.form && (
            <ul>
              {errors.form.map((key) => (
                <li key={key}>{t.has(`errors.${key}`) ? t(`errors.${key}`, { detail: "" }) : key}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {/* Remounted after each save: a refused one starts from what was posted, a kept form from its fact. */}
      <FactInputContext.Provider key={state.attempt} value={{ formId, values, errors }}>
        <datalist id={namesId}>
          {options.entities.map((entity) => (
            <option key={entity.value} value={entity.label} />
          ))}
        </datalist>
        <FactSelect
          name="kind"
          label={t("facts.kind")}
          hint={t("factForm.kindHint")}
          isRequired
          value={kind}
          onChange={(next) => setKind(next as FactKind)}
          options={options.kinds.map((entry) => ({ value: entry.kind, label: t(`kinds.${entry.kind}`) }))}
        />
        <fieldset className="fact-form__section">
          <legend>{t("factForm.shared")}</legend>
          <FactTextInput
            name="id"
            label={label("id")}
            hint={hint("id")}
            isRequired
            readOnly={Boolean(replaces)}
            lang="en"
          />
          <FactTextInput name="label.ja" label={label("label.ja")} hint={hint("label.ja")} isRequired />
          <FactTextInput name="label.en" label={label("label.en")} lang="en" />
          <FactTextInput
            name="statement.ja"
            label={label("statement.ja")}
            hint={hint("statement.ja")}
            isRequired
            isLong
          />
          <FactTextInput name="statement.en" label={label("statement.en")} isLong lang="en" />
          <FactSelect
            name="sentence"
            label={label("sentence")}
            hint={hint("sentence")}
            isRequired
            placeholder={choose}
            options={[]}
            groups={options.sentences}
          />
          <FactListField
            name="about"
            label={label("about")}
            hint={hint("about")}
            isRequired
            renderInput={(props) => (
              <select {...props}>
                <option value="">{choose}</option>
                {options.entities.map((entity) => (
                  <option key={entity.value} value={entity.value}>
                    {entity.label}
                  </option>
                ))}
              </select>
            )}
          />
          <FactCheckboxGroup
            name="sourceIds"
            label={label("sourceIds")}
            isRequired
            options={options.sources}
          />
          <FactSelect
            name="stance.type"
            label={label("stance.type")}
            options={["reported", "assessment"].map((value) => ({
              value,
              label: t(`factForm.options.stance.${value}`),
            }))}
          />
          <FactTextInput name="stance.heldBy" label={label("stance.heldBy")} hint={hint("stance.heldBy")} />
        </fieldset>
        <fieldset key={kind} className="fact-form__section">
          <legend>{t("factForm.kindFields", { kind: t(`kinds.${kind}`) })}</legend>
          {fields.map((field) => (
            <KindField key={field.name} field={field} namesId={namesId} label={label} hint={hint} />
          ))}
        </fieldset>
      </FactInputContext.Provider>
      <button type="submit" className="button button--primary" disabled={isPending}>
        {isPending ? t("saving") : submitLabel}
      </button>
    </form>
  );
}

function KindField({
  field,
  namesId,
  label,
  hint,
}: {
  field: FactFieldDescription;
  namesId: string;
  label: (name: string) => string;
  hint: (name: string) => string | undefined;
}) {
  const t = useTranslations("editor.factForm");
  const common = {
    name: field.name,
    label: label(field.name),
    hint: hint(field.name),
    isRequired: field.isRequired,
  };
  switch (field.input) {
    case "text":
      return <FactTextInput {...common} />;
    case "name":
      return <FactTextInput {...common} list={namesId} />;
    case "long-text":
      return <FactTextInput {...common} isLong />;
    case "number":
      return <FactTextInput {...common} inputMode="decimal" lang="en" />;
    case "checkbox":
      return <FactCheckbox {...common} />;
    case "text-list":
      return <FactListField {...common} />;
    case "choice":
      return (
        <FactSelect
          {...common}
          placeholder={field.isRequired ? t("choose") : t("none")}
          options={(field.options ?? []).map((value) => ({
            value,
            label: t(`options.${field.name}.${value}`),
          }))}
        />
      );
    case "date":
      return (
        <fieldset className="fact-form__group">
          <legend>
            {common.label}
            {field.isRequired && <span className="fact-form__required"> {t("required")}</span>}
          </legend>
          <FactTextInput
            name={`${field.name}.value`}
            label={t("date.value")}
            hint={t("date.valueHint")}
            inputMode="numeric"
            placeholder="2025-03-10"
            lang="en"
          />
          <FactTextInput
            name={`${field.name}.asWritten`}
            label={t("date.asWritten")}
            hint={t("date.asWrittenHint")}
          />
          <FactCheckbox name={`${field.name}.isInferred`} label={t("date.isInferred")} />
          <FactTextInput name={`${field.name}.basis`} label={t("date.basis")} />
        </fieldset>
      );
  }
}
