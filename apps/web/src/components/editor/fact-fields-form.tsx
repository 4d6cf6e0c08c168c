"use client";

import {
  type AskedFactField,
  type FactFieldDescription,
  type FactKind,
  NOT_ASKED_AS_TYPES,
} from "@jiji/content";
import { useId, useState } from "react";
import { useFormContext } from "@/components/form/action-form";
import { echoedLists } from "@/components/form/form-state";
import type { InputLimits } from "@/components/form/input-limits";
import { useTranslations } from "@/i18n/client";
import { saveFactAction } from "@/server/editor/actions";
import type { FactFormValues } from "@/server/editor/fact-form-values";
import { EditorForm } from "./editor-form";
import {
  FactCheckbox,
  FactCheckboxGroup,
  FactInputs,
  FactListField,
  FactSelect,
  FactTextInput,
  RequiredLabel,
  type SelectGroup,
  type SelectOption,
} from "./fact-field-inputs";

/** What the fact form offers, read from the article on the server: kinds and their fields, sentences, entities. */
export type FactFormOptions = {
  kinds: {
    kind: FactKind;
    fields: FactFieldDescription[];
    /** The fields a question may ask: the editor writes wrong options and other wordings, or marks one not asked. */
    askedFields: AskedFactField[];
    isAboutRequired: boolean;
    /** Each input's bounds by name, from the zod schemas (factFormLimits). */
    limits: Record<string, InputLimits>;
  }[];
  /** The article's sentences by section (a fact's sentence is one of them, verbatim). */
  sentences: SelectGroup[];
  entities: SelectOption[];
  sources: SelectOption[];
  /** The topic vocabulary, each tag by its name (a fact's tag outside it is offered too, so it is kept). */
  tags: SelectOption[];
};

/**
 * A fact written by hand, an accepted fact edited, or a proposal edited before it is accepted: the chosen kind's
 * fields as labelled inputs in the editor's ActionForm. A refused save shows each field's message beside it and
 * keeps what was typed. The kind is React state, so the form is submitted without React's reset
 * (`hasControlledInputs`): a reset would put the kind back to the first option while its fields stay.
 */
export function FactFieldsForm({
  target,
  submitLabel,
  replaces,
  proposalId,
  ...fields
}: {
  target: { slug: string; version: number };
  options: FactFormOptions;
  kind: FactKind;
  values: FactFormValues;
  submitLabel: string;
  /** The id of the accepted fact being edited (its id is then fixed). */
  replaces?: string;
  proposalId?: string;
}) {
  return (
    <EditorForm
      action={saveFactAction}
      target={target}
      hidden={{ replaces, proposalId }}
      submitLabel={submitLabel}
      className="form fact-form"
      hasControlledInputs
    >
      <FactFields {...fields} isReplacing={Boolean(replaces)} />
    </EditorForm>
  );
}

function FactFields({
  options,
  kind: initialKind,
  values: initialValues,
  isReplacing,
}: {
  options: FactFormOptions;
  kind: FactKind;
  values: FactFormValues;
  isReplacing: boolean;
}) {
  const t = useTranslations("editor");
  const { state, text } = useFormContext();
  const formId = useId();
  const [kind, setKind] = useState<FactKind>(initialKind);
  // Each answer of the action remounts the inputs: a refused save starts them from what was posted (the kit's echo),
  // a saved add from its blank values again, a saved edit from the saved fact.
  const [answered, setAnswered] = useState({ state, count: 0 });
  if (answered.state !== state) setAnswered({ state, count: answered.count + 1 });
  const values = state.values ? echoedLists(state.values) : initialValues;
  // Problems of fields the form does not show (kept from an edited fact) are listed above the fields.
  const formMessages = state.fieldErrors?.form ?? [];
  const entry = options.kinds.find((candidate) => candidate.kind === kind);
  const fields = entry?.fields ?? [];
  const namesId = `${formId}-names`;
  const label = (name: string) => t(`factForm.fields.${name}.label`);
  const hint = (name: string) =>
    t.has(`factForm.fields.${name}.hint`) ? t(`factForm.fields.${name}.hint`) : undefined;
  const choose = t("factForm.choose");

  return (
    <FactInputs key={answered.count} values={values} limits={entry?.limits ?? {}}>
      {formMessages.length > 0 ? (
        <ul className="form__error editor-error">
          {formMessages.map((message) => (
            <li key={message.key}>{text(message)}</li>
          ))}
        </ul>
      ) : null}
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
        options={options.kinds.map((candidate) => ({
          value: candidate.kind,
          label: t(`kinds.${candidate.kind}`),
        }))}
      />
      <fieldset className="fact-form__section">
        <legend>{t("factForm.shared")}</legend>
        <FactTextInput
          name="id"
          label={label("id")}
          hint={hint("id")}
          isRequired
          readOnly={isReplacing}
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
          isRequired={entry?.isAboutRequired ?? true}
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
        <FactCheckboxGroup name="sourceIds" label={label("sourceIds")} isRequired options={options.sources} />
        <FactSelect
          name="stance.type"
          label={label("stance.type")}
          options={["reported", "assessment"].map((value) => ({
            value,
            label: t(`factForm.options.stance.${value}`),
          }))}
        />
        <FactTextInput name="stance.heldBy" label={label("stance.heldBy")} hint={hint("stance.heldBy")} />
        <FactCheckboxGroup
          name="tags"
          label={label("tags")}
          hint={hint("tags")}
          options={[
            ...options.tags,
            ...(values.tags ?? [])
              .filter((tag) => !options.tags.some((option) => option.value === tag))
              .map((tag) => ({ value: tag, label: tag })),
          ]}
        />
        <FactListField name="editorNotes" label={label("editorNotes")} hint={hint("editorNotes")} />
      </fieldset>
      <fieldset key={kind} className="fact-form__section">
        <legend>{t("factForm.kindFields", { kind: t(`kinds.${kind}`) })}</legend>
        {fields.map((field) => (
          <KindField key={field.name} field={field} namesId={namesId} label={label} hint={hint} />
        ))}
      </fieldset>
      {entry ? (
        <QuestionFields key={`questions-${kind}`} askedFields={entry.askedFields} label={label} />
      ) : null}
    </FactInputs>
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
    case "localized-text":
      return (
        <fieldset className="fact-form__group">
          <legend>
            <RequiredLabel label={common.label} isRequired={field.isRequired} />
          </legend>
          <FactTextInput
            name={`${field.name}.ja`}
            label={label(`${field.name}.ja`)}
            hint={hint(`${field.name}.ja`)}
            isRequired={field.isRequired}
            isLong
          />
          <FactTextInput name={`${field.name}.en`} label={label(`${field.name}.en`)} isLong lang="en" />
        </fieldset>
      );
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
            <RequiredLabel label={common.label} isRequired={field.isRequired} />
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

/**
 * How questions ask the kind's fields: for each text field, wrong options the editor vouches for and the other
 * wordings a fill-in accepts; the fields no question may ask, and the question types not made from the fact.
 */
function QuestionFields({
  askedFields,
  label,
}: {
  askedFields: AskedFactField[];
  label: (name: string) => string;
}) {
  const t = useTranslations("editor.factForm.questions");
  const types = useTranslations("editor.questions.types");
  return (
    <fieldset className="fact-form__section">
      <legend>{t("legend")}</legend>
      <p className="muted">{t("lead")}</p>
      {askedFields
        .filter((field) => field.takesWording)
        .map((field) => (
          <fieldset key={field.name} className="fact-form__group">
            <legend>{label(field.name)}</legend>
            <FactListField
              name={`distractors.${field.name}`}
              label={t("distractors", { field: label(field.name) })}
              hint={t("distractorsHint")}
            />
            <FactListField
              name={`acceptedVariants.${field.name}`}
              label={t("acceptedVariants", { field: label(field.name) })}
              hint={t("acceptedVariantsHint")}
            />
          </fieldset>
        ))}
      <FactCheckboxGroup
        name="notAsked"
        label={t("notAsked")}
        hint={t("notAskedHint")}
        options={askedFields.map((field) => ({ value: field.name, label: label(field.name) }))}
      />
      <FactCheckboxGroup
        name="notAskedAs"
        label={t("notAskedAs")}
        hint={t("notAskedAsHint")}
        options={NOT_ASKED_AS_TYPES.map((type) => ({ value: type, label: types(type) }))}
      />
    </fieldset>
  );
}
