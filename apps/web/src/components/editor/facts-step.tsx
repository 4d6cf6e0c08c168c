import {
  describeAskedFields,
  describeFactFields,
  FACT_KINDS,
  factSchemasByKind,
  TOPIC_TAGS,
} from "@jiji/content";
import { splitSentences } from "@jiji/content/server";
import { getLocale, getTranslations } from "next-intl/server";
import { Field, HiddenField } from "@/components/form/fields";
import { topicTagLabel } from "@/lib/topic-tag-label";
import {
  acceptAllProposalsAction,
  acceptProposalAction,
  discardProposalAction,
  proposeFactsAction,
  removeFactAction,
  saveEntityAction,
} from "@/server/editor/actions";
import type { EditorRow } from "@/server/editor/editor-store";
import { factFormLimits, factToFormValues } from "@/server/editor/fact-form-values";
import { EditorForm } from "./editor-form";
import { FactFieldsForm, type FactFormOptions } from "./fact-fields-form";

type Target = { slug: string; version: number };

/** What every fact form of this article offers: the kinds' fields, its sentences by section, entities, sources. */
function factFormOptions(
  row: EditorRow,
  entities: EditorRow["article"]["entities"],
  locale: string,
): FactFormOptions {
  return {
    kinds: FACT_KINDS.map((kind) => ({
      kind,
      fields: describeFactFields(kind),
      askedFields: describeAskedFields(kind),
      // A term is rarely about one entity: the schema lets its list be empty.
      isAboutRequired: !factSchemasByKind[kind].shape.about.safeParse(undefined).success,
      limits: factFormLimits(kind),
    })),
    sentences: row.article.sections.map((section) => {
      const sentences = section.body
        .filter((paragraph) => !paragraph.isComment)
        .flatMap((paragraph) => splitSentences(paragraph.text).map((span) => span.text));
      return {
        label: section.heading.ja,
        options: [...new Set(sentences)].map((sentence) => ({ value: sentence, label: sentence })),
      };
    }),
    entities: entities.map((entity) => ({ value: entity.id, label: entity.name })),
    sources: row.article.sources.map((source) => ({
      value: source.id,
      label: [source.publisher, source.publishedDateAsWritten].filter(Boolean).join(" "),
    })),
    tags: Object.keys(TOPIC_TAGS).map((tag) => ({ value: tag, label: topicTagLabel(tag, locale) })),
  };
}

export async function FactsStep({ row, target }: { row: EditorRow; target: Target }) {
  const [t, locale] = await Promise.all([getTranslations("editor"), getLocale()]);
  const entities = [
    ...row.article.entities.map((entity) => ({ entity, isProposed: false })),
    ...row.proposals.entities
      .filter((entity) => !row.article.entities.some((known) => known.id === entity.id))
      .map((entity) => ({ entity, isProposed: true })),
  ];
  const options = factFormOptions(
    row,
    entities.map(({ entity }) => entity),
    locale,
  );
  const firstSource = row.article.sources[0]?.id;
  return (
    <div className="editor-step">
      <section aria-labelledby="proposals-heading" className="editor-section">
        <EditorForm action={proposeFactsAction} target={target} submitLabel={t("facts.propose")}>
          <p className="field__hint">{t("facts.proposeHint")}</p>
        </EditorForm>
        <h2 id="proposals-heading">{t("facts.proposalsHeading", { count: row.proposals.facts.length })}</h2>
        {row.proposals.facts.length === 0 ? (
          <p className="empty-state">{t("facts.noProposals")}</p>
        ) : (
          <>
            <EditorForm
              action={acceptAllProposalsAction}
              target={target}
              submitLabel={t("facts.acceptAll")}
              buttonClassName="button"
            />
            <ul className="editor-list">
              {row.proposals.facts.map((proposal) => (
                <li key={proposal.id} className="card editor-proposal">
                  <p>
                    <span className="badge">{t(`kinds.${proposal.fact.kind}`)}</span>
                  </p>
                  <p lang="ja">
                    <strong>{t("facts.statement")}:</strong> {proposal.fact.statement.ja}
                  </p>
                  <p lang="ja" className="muted">
                    {t("facts.sentence")}: {proposal.sentence}
                  </p>
                  <details>
                    <summary>{t("facts.editProposal")}</summary>
                    <FactFieldsForm
                      target={target}
                      options={options}
                      kind={proposal.fact.kind}
                      values={factToFormValues(proposal.fact)}
                      proposalId={proposal.id}
                      submitLabel={t("facts.saveAndAccept")}
                    />
                  </details>
                  <div className="editor-actions">
                    <EditorForm
                      action={acceptProposalAction}
                      target={target}
                      submitLabel={t("facts.accept")}
                      className="editor-inline-form"
                    >
                      <HiddenField name="proposalId" value={proposal.id} />
                    </EditorForm>
                    <EditorForm
                      action={discardProposalAction}
                      target={target}
                      submitLabel={t("facts.discard")}
                      className="editor-inline-form"
                      buttonClassName="button button--ghost"
                    >
                      <HiddenField name="proposalId" value={proposal.id} />
                    </EditorForm>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="facts-heading" className="editor-section">
        <h2 id="facts-heading">{t("facts.acceptedHeading", { count: row.article.facts.length })}</h2>
        {row.article.facts.length === 0 ? (
          <p className="empty-state">{t("facts.noFacts")}</p>
        ) : (
          <ul className="editor-list">
            {row.article.facts.map((fact) => (
              <li key={fact.id} id={`fact-${fact.id}`} className="card editor-fact">
                <p>
                  <span className="badge">{t(`kinds.${fact.kind}`)}</span> <code>{fact.id}</code>
                </p>
                <p lang="ja">{fact.statement.ja}</p>
                <p lang="ja" className="muted">
                  {t("facts.sentence")}: {fact.sentence}
                </p>
                <details>
                  <summary>{t("facts.edit")}</summary>
                  <p className="field__hint">{t("facts.editHint")}</p>
                  <FactFieldsForm
                    target={target}
                    options={options}
                    kind={fact.kind}
                    values={factToFormValues(fact)}
                    replaces={fact.id}
                    submitLabel={t("facts.save")}
                  />
                  <EditorForm
                    action={removeFactAction}
                    target={target}
                    submitLabel={t("facts.remove")}
                    buttonClassName="button button--ghost"
                    confirmText={t("facts.removeConfirm")}
                  >
                    <HiddenField name="factId" value={fact.id} />
                  </EditorForm>
                </details>
              </li>
            ))}
          </ul>
        )}
        <details className="editor-add-fact">
          <summary>{t("facts.addHeading")}</summary>
          <FactFieldsForm
            target={target}
            options={options}
            kind={FACT_KINDS[0]}
            values={{ sourceIds: firstSource ? [firstSource] : [], "stance.type": ["reported"] }}
            submitLabel={t("facts.add")}
          />
        </details>
      </section>

      <section aria-labelledby="entities-heading" className="editor-section">
        <h2 id="entities-heading">{t("facts.entitiesHeading")}</h2>
        <p className="field__hint">{t("facts.entitiesHint")}</p>
        <ul className="editor-list editor-entities">
          {entities.map(({ entity, isProposed }) => (
            <li key={entity.id} className="card">
              <EditorForm
                action={saveEntityAction}
                target={target}
                submitLabel={t("facts.save")}
                className="form editor-entity-form"
                buttonClassName="button"
              >
                <p>
                  <code>{entity.id}</code>{" "}
                  {isProposed && <span className="badge">{t("facts.proposed")}</span>}
                </p>
                <HiddenField name="entityId" value={entity.id} />
                <Field name="name" label={t("facts.entityName")} defaultValue={entity.name} lang="ja" />
                <Field
                  name="reading"
                  label={t("facts.reading")}
                  defaultValue={entity.reading ?? ""}
                  lang="ja"
                />
                <Field
                  name="titles"
                  label={t("facts.titles")}
                  defaultValue={entity.titles.join("、")}
                  lang="ja"
                />
              </EditorForm>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
