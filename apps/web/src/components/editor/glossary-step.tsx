import { glossaryOf, TERM_TYPES } from "@jiji/content";
import { getTranslations } from "next-intl/server";
import { Field, HiddenField, SelectField, TextAreaField } from "@/components/form/fields";
import { inputLimits } from "@/components/form/input-limits";
import type { EditorRow } from "@/server/editor/editor-store";
import { acceptTermAction } from "@/server/editor/reading-actions";
import { glossaryCandidates } from "@/server/editor/reading-operations";
import { acceptTermFormSchema } from "@/server/editor/reading-schemas";
import { EditorForm } from "./editor-form";

type Target = { slug: string; version: number };

/**
 * 用語: propose-glossary over the draft (as `pnpm content:glossary` over a file); an editor accepts a candidate by
 * writing its meaning, which saves a `term` fact like any other fact.
 */
export async function GlossaryStep({ row, target }: { row: EditorRow; target: Target }) {
  const t = await getTranslations("editor");
  const candidates = await glossaryCandidates(row.article);
  const accepted = glossaryOf(row.article);
  const limits = inputLimits(acceptTermFormSchema);
  return (
    <div className="editor-step">
      <h2>{t("glossary.heading")}</h2>
      <p className="field__hint">{t("glossary.hint")}</p>

      <section aria-labelledby="glossary-candidates-heading" className="editor-section">
        <h3 id="glossary-candidates-heading">
          {t("glossary.candidatesHeading", { count: candidates.length })}
        </h3>
        {candidates.length === 0 ? (
          <p>{t("glossary.noCandidates")}</p>
        ) : (
          <ul className="editor-list editor-terms">
            {candidates.map((candidate) => (
              <li key={candidate.term} className="card editor-term">
                <h4 lang="ja">
                  {candidate.term}（{candidate.reading}）{" "}
                  <span className="badge">{t("glossary.count", { count: candidate.count })}</span>
                </h4>
                <p lang="ja">
                  {t("glossary.sentence")}: {candidate.sentence}
                </p>
                <details>
                  <summary>{t("glossary.accept")}</summary>
                  <EditorForm action={acceptTermAction} target={target} submitLabel={t("glossary.accept")}>
                    <HiddenField name="term" value={candidate.term} />
                    <Field
                      name="reading"
                      label={t("glossary.reading")}
                      defaultValue={candidate.reading}
                      lang="ja"
                      limits={limits.reading}
                      autoComplete="off"
                    />
                    <TextAreaField
                      name="definitionJa"
                      label={t("glossary.definitionJa")}
                      hint={t("glossary.definitionJaHint")}
                      rows={2}
                      lang="ja"
                      limits={limits.definitionJa}
                    />
                    <TextAreaField
                      name="definitionEn"
                      label={t("glossary.definitionEn")}
                      rows={2}
                      lang="en"
                      limits={limits.definitionEn}
                    />
                    <SelectField
                      name="termType"
                      label={t("glossary.termType")}
                      defaultValue="act"
                      options={TERM_TYPES.map((type) => ({
                        value: type,
                        label: t(`glossary.termTypes.${type}`),
                      }))}
                    />
                  </EditorForm>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="glossary-accepted-heading" className="editor-section">
        <h3 id="glossary-accepted-heading">{t("glossary.acceptedHeading", { count: accepted.length })}</h3>
        {accepted.length === 0 ? (
          <p>{t("glossary.noAccepted")}</p>
        ) : (
          <ul className="editor-list">
            {accepted.map((term) => (
              <li key={term.id} className="card" lang="ja">
                <strong>{term.term}</strong>
                {term.reading && `（${term.reading}）`}: {term.definition.ja}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
