"use client";

import type { FactKind } from "@jiji/content";
import { useId, useState } from "react";
import { useTranslations } from "@/i18n/client";
import { saveFactAction } from "@/server/editor/actions";
import { EditorForm } from "./editor-form";

/** A fact written by hand: choosing a kind fills the text area with that kind's fields. */
export function AddFactForm({
  target,
  templates,
}: {
  target: { slug: string; version: number };
  templates: Record<FactKind, string>;
}) {
  const t = useTranslations("editor");
  const kinds = Object.keys(templates) as FactKind[];
  const [kind, setKind] = useState<FactKind>(kinds[0]!);
  const [json, setJson] = useState(templates[kinds[0]!]);
  const id = useId();
  return (
    <EditorForm action={saveFactAction} target={target} submitLabel={t("facts.add")} buttonClassName="button">
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("facts.kind")}</label>
        <select
          id={`${id}-kind`}
          name="kind"
          value={kind}
          onChange={(event) => {
            const next = event.target.value as FactKind;
            setKind(next);
            setJson(templates[next]);
          }}
        >
          {kinds.map((option) => (
            <option key={option} value={option}>
              {t(`kinds.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-fact`}>{t("facts.json")}</label>
        <textarea
          id={`${id}-fact`}
          name="fact"
          rows={14}
          className="editor-json"
          value={json}
          onChange={(event) => setJson(event.target.value)}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t("facts.jsonHint")}
        </p>
      </div>
    </EditorForm>
  );
}
