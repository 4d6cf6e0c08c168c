import { paragraphKey, segmentParagraph } from "@jiji/content/server";
import { getTranslations } from "next-intl/server";
import { Field, HiddenField } from "@/components/form/fields";
import { inputLimits } from "@/components/form/input-limits";
import { RubyText } from "@/components/reading/ruby-text";
import { draftFurigana, draftReadingWords } from "@/server/editor/editor-furigana";
import type { EditorRow } from "@/server/editor/editor-store";
import { saveReadingAction } from "@/server/editor/reading-actions";
import { readingFormSchema } from "@/server/editor/reading-schemas";
import { EditorForm } from "./editor-form";

type Target = { slug: string; version: number };

/**
 * 読み: the words that get furigana with the reading students will see, each correctable (stored as the article's
 * readingOverrides), and the text as it reads with furigana on.
 */
export async function ReadingsStep({ row, target }: { row: EditorRow; target: Target }) {
  const t = await getTranslations("editor");
  const [words, furigana] = await Promise.all([draftReadingWords(row.article), draftFurigana(row.article)]);
  const paragraphs = row.article.sections.flatMap((section) =>
    section.body.map((paragraph, index) => {
      const rubies = furigana.paragraphs[paragraphKey(section.id, index)] ?? [];
      const parts = segmentParagraph(paragraph.text, { facts: [], rubies }).flatMap((run) =>
        run.pieces.flatMap((piece) => piece.parts),
      );
      return { key: paragraphKey(section.id, index), parts };
    }),
  );
  const [first, ...rest] = paragraphs;
  const limits = inputLimits(readingFormSchema);
  return (
    <div className="editor-step">
      <h2>{t("readings.heading")}</h2>
      <p className="field__hint">{t("readings.hint")}</p>
      {row.published && <p className="field__hint">{t("readings.live")}</p>}

      <section aria-labelledby="readings-preview-heading" className="editor-section">
        <h3 id="readings-preview-heading">{t("readings.previewHeading")}</h3>
        {first && (
          <p lang="ja" className="card editor-ruby-preview">
            <RubyText parts={first.parts} showFurigana />
          </p>
        )}
        {rest.length > 0 && (
          <details>
            <summary>{t("readings.allParagraphs")}</summary>
            {rest.map((paragraph) => (
              <p key={paragraph.key} lang="ja" className="editor-ruby-preview">
                <RubyText parts={paragraph.parts} showFurigana />
              </p>
            ))}
          </details>
        )}
      </section>

      <section aria-labelledby="readings-add-heading" className="editor-section card">
        <h3 id="readings-add-heading">{t("readings.addHeading")}</h3>
        <p className="field__hint">{t("readings.addHint")}</p>
        <EditorForm action={saveReadingAction} target={target} submitLabel={t("readings.save")}>
          <Field
            name="text"
            label={t("readings.wordLabel")}
            lang="ja"
            limits={limits.text}
            autoComplete="off"
          />
          <Field
            name="reading"
            label={t("readings.reading")}
            hint={t("readings.readingHint")}
            lang="ja"
            limits={limits.reading}
            autoComplete="off"
          />
        </EditorForm>
      </section>

      <section aria-labelledby="readings-words-heading" className="editor-section">
        <h3 id="readings-words-heading">{t("readings.wordsHeading", { count: words.length })}</h3>
        {words.length === 0 ? (
          <p>{t("readings.noWords")}</p>
        ) : (
          <ul className="editor-list editor-readings">
            {words.map((word) => (
              <li key={word.text} className="card editor-reading">
                <EditorForm
                  action={saveReadingAction}
                  target={target}
                  submitLabel={t("readings.save")}
                  className="form editor-reading-form"
                  buttonClassName="button"
                >
                  <p>
                    <span lang="ja" className="editor-reading-word">
                      <ruby>
                        {word.text}
                        <rp>(</rp>
                        <rt>{word.reading}</rt>
                        <rp>)</rp>
                      </ruby>
                    </span>{" "}
                    <span className={`badge editor-reading-source--${word.source}`}>
                      {t(`readings.source.${word.source}`)}
                    </span>
                  </p>
                  <HiddenField name="text" value={word.text} />
                  <Field
                    name="reading"
                    label={t("readings.readingOf", { word: word.text })}
                    defaultValue={word.reading}
                    lang="ja"
                    limits={limits.reading}
                    autoComplete="off"
                  />
                </EditorForm>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
