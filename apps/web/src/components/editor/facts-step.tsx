import { FACT_KINDS, type Fact, type FactKind } from "@jiji/content";
import { getTranslations } from "next-intl/server";
import { Field, HiddenField, TextAreaField } from "@/components/form/fields";
import {
  acceptAllProposalsAction,
  acceptProposalAction,
  discardProposalAction,
  proposeFactsAction,
  removeFactAction,
  saveEntityAction,
  saveFactAction,
} from "@/server/editor/actions";
import type { EditorRow } from "@/server/editor/editor-store";
import { AddFactForm } from "./add-fact-form";
import { EditorForm } from "./editor-form";
import { factTemplate } from "./fact-templates";

type Target = { slug: string; version: number };

/** The fact as the form edits it: everything but its kind (chosen separately). */
function editableJson(fact: Fact): string {
  const { kind: _kind, ...rest } = fact;
  return JSON.stringify(rest, null, 2);
}

export async function FactsStep({ row, target }: { row: EditorRow; target: Target }) {
  const t = await getTranslations("editor");
  const section = row.article.sections[0]?.id ?? "section-1";
  const sourceId = row.article.sources[0]?.id ?? "source-1";
  const about = row.article.entities.slice(0, 1).map((entity) => entity.id);
  const templates = Object.fromEntries(
    FACT_KINDS.map((kind) => [kind, factTemplate(kind, section, sourceId, about)]),
  ) as Record<FactKind, string>;
  const entities = [
    ...row.article.entities.map((entity) => ({ entity, isProposed: false })),
    ...row.proposals.entities
      .filter((entity) => !row.article.entities.some((known) => known.id === entity.id))
      .map((entity) => ({ entity, isProposed: true })),
  ];
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
                    <summary>{t("facts.details")}</summary>
                    <pre className="editor-json">{JSON.stringify(proposal.fact, null, 2)}</pre>
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
              <li key={fact.id} className="card editor-fact">
                <p>
                  <span className="badge">{t(`kinds.${fact.kind}`)}</span> <code>{fact.id}</code>
                </p>
                <p lang="ja">{fact.statement.ja}</p>
                <p lang="ja" className="muted">
                  {t("facts.sentence")}: {fact.sentence}
                </p>
                <details>
                  <summary>{t("facts.edit")}</summary>
                  <EditorForm action={saveFactAction} target={target} submitLabel={t("facts.save")}>
                    <HiddenField name="kind" value={fact.kind} />
                    <TextAreaField
                      name="fact"
                      label={t("facts.json")}
                      hint={t("facts.jsonHint")}
                      defaultValue={editableJson(fact)}
                      rows={14}
                      className="editor-json"
                    />
                  </EditorForm>
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
          <AddFactForm target={target} templates={templates} />
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
