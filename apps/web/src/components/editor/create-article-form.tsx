"use client";

import { Field, TextAreaField } from "@/components/form/fields";
import type { InputLimits } from "@/components/form/input-limits";
import { useTranslations } from "@/i18n/client";
import { createArticleAction } from "@/server/editor/actions";
import { EditorForm } from "./editor-form";

export function CreateArticleForm({
  sourceRows,
  limits,
  sourceLimits,
}: {
  /** FORM_SOURCE_ROWS: the rows createArticleFormSchema reads. */
  sourceRows: number;
  /** inputLimits(createArticleFormSchema) and inputLimits(sourceInputSchema). */
  limits: { title: InputLimits; slug: InputLimits };
  sourceLimits: { publisher: InputLimits; headline: InputLimits; url: InputLimits };
}) {
  const t = useTranslations("editor.new");
  return (
    <EditorForm action={createArticleAction} submitLabel={t("submit")} className="form editor-new">
      <Field name="title" label={t("articleTitle")} limits={limits.title} lang="ja" />
      <Field name="slug" label={t("slug")} hint={t("slugHint")} limits={limits.slug} autoComplete="off" />
      <fieldset className="editor-sources">
        <legend>{t("sources")}</legend>
        {Array.from({ length: sourceRows }, (_, row) => (
          <fieldset key={row} className="editor-source">
            <legend>
              {row === 0 ? t("sourceNumber", { number: row + 1 }) : t("optionalSource", { number: row + 1 })}
            </legend>
            <Field name={`sourcePublisher${row}`} label={t("publisher")} limits={sourceLimits.publisher} />
            <Field name={`sourceHeadline${row}`} label={t("headline")} limits={sourceLimits.headline} />
            <Field name={`sourceUrl${row}`} label={t("url")} type="url" limits={sourceLimits.url} />
            <Field name={`sourceDate${row}`} label={t("publishedDate")} type="date" />
          </fieldset>
        ))}
      </fieldset>
      <TextAreaField
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        rows={14}
        lang="ja"
        className="editor-body"
      />
    </EditorForm>
  );
}
