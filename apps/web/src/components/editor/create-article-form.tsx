"use client";

import { useTranslations } from "@/i18n/client";
import { createArticleAction } from "@/server/editor/actions";
import { EditorForm, EditorTextArea, EditorTextField } from "./editor-form";

const SOURCE_ROWS = [0, 1, 2] as const;

export function CreateArticleForm() {
  const t = useTranslations("editor.new");
  return (
    <EditorForm action={createArticleAction} submitLabel={t("submit")} className="form editor-new">
      <EditorTextField name="title" label={t("articleTitle")} maxLength={200} lang="ja" />
      <EditorTextField name="slug" label={t("slug")} hint={t("slugHint")} maxLength={80} autoComplete="off" />
      <fieldset className="editor-sources">
        <legend>{t("sources")}</legend>
        {SOURCE_ROWS.map((row) => (
          <fieldset key={row} className="editor-source">
            <legend>
              {row === 0 ? t("sourceNumber", { number: row + 1 }) : t("optionalSource", { number: row + 1 })}
            </legend>
            <EditorTextField name={`sourcePublisher${row}`} label={t("publisher")} maxLength={100} />
            <EditorTextField name={`sourceHeadline${row}`} label={t("headline")} maxLength={300} />
            <EditorTextField name={`sourceUrl${row}`} label={t("url")} type="url" maxLength={2000} />
            <EditorTextField name={`sourceDate${row}`} label={t("publishedDate")} type="date" />
          </fieldset>
        ))}
      </fieldset>
      <EditorTextArea
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
