import { REJECTION_REASONS } from "@jiji/content";
import { describeCorrectAnswer } from "@jiji/content/server";
import { getLocale, getTranslations } from "next-intl/server";
import { HiddenField, SelectField, TextAreaField } from "@/components/form/fields";
import { toLocale } from "@/i18n/locales";
import { answerWords } from "@/i18n/static-messages";
import { reviewQuestionAction } from "@/server/editor/actions";
import { previewQuestions } from "@/server/editor/editor-operations";
import type { EditorRow } from "@/server/editor/editor-store";
import { EditorForm } from "./editor-form";

type Target = { slug: string; version: number };

/** Every generated question with its key, its review state, and forms to approve (rewording) or reject it. */
export async function QuestionsStep({ row, target }: { row: EditorRow; target: Target }) {
  const [t, locale] = await Promise.all([getTranslations("editor"), getLocale()]);
  const preview = previewQuestions(row);
  if ("ok" in preview) {
    const reason = t.has(`errors.${preview.reason}` as never)
      ? t(`errors.${preview.reason}` as never, { detail: preview.detail ?? "" } as never)
      : preview.reason;
    return (
      <div className="editor-step">
        <p role="status" className="empty-state">
          {t("questions.cannotPreview", { reason })}
        </p>
      </div>
    );
  }
  const factLabels = new Map(row.article.facts.map((fact) => [fact.id, fact.label.ja]));
  const approved = preview.questions.filter(
    (entry) => entry.isCurrent && entry.decision?.status === "approved",
  );
  return (
    <div className="editor-step">
      <h2>{t("questions.heading", { count: preview.questions.length })}</h2>
      <p className="field__hint">{t("questions.hint")}</p>
      <p role="status">
        {t("questions.summary", { approved: approved.length, total: preview.questions.length })}
      </p>
      <ol className="editor-list editor-questions">
        {preview.questions.map(({ question, decision, isCurrent }) => {
          const state = !decision ? "pending" : !isCurrent ? "stale" : decision.status;
          return (
            <li key={question.id} className={`card editor-question editor-question--${state}`}>
              <p>
                <span className="badge">{t(`questions.types.${question.type}`)}</span>{" "}
                <span className={`badge editor-review editor-review--${state}`}>
                  {t(`questions.${state}`)}
                </span>{" "}
                <code>{question.id}</code>
              </p>
              <p lang="ja" className="editor-question__stem">
                {question.stem.ja}
              </p>
              {question.type === "single-choice" && (
                <ol type="1" lang="ja">
                  {question.options.map((option) => (
                    <li key={option.id}>{option.text}</li>
                  ))}
                </ol>
              )}
              <p lang="ja">
                <strong>{t("questions.correct")}:</strong>{" "}
                {describeCorrectAnswer(question, toLocale(locale), answerWords(toLocale(locale)))}
              </p>
              <p lang="ja" className="muted">
                {t("questions.explanation")}: {question.explanation.ja}
              </p>
              <ul className="editor-question__facts">
                {question.factIds.map((id) => (
                  <li key={id}>
                    <a href={`/editor/${row.slug}?step=facts#fact-${id}`}>
                      {t("questions.editFact", { label: factLabels.get(id) ?? id })}
                    </a>
                  </li>
                ))}
              </ul>
              <div className="editor-actions">
                <EditorForm
                  action={reviewQuestionAction}
                  target={target}
                  submitLabel={t("questions.approve")}
                  className="form editor-review-form"
                >
                  <HiddenField name="questionId" value={question.id} />
                  <HiddenField name="verdict" value="approve" />
                  <details>
                    <summary>{t("questions.rewordStem")}</summary>
                    <TextAreaField
                      name="stem"
                      label={t("questions.rewordStem")}
                      defaultValue={decision?.stem ?? ""}
                      rows={3}
                      lang="ja"
                    />
                    <TextAreaField
                      name="explanation"
                      label={t("questions.rewordExplanation")}
                      defaultValue={decision?.explanation ?? ""}
                      rows={3}
                      lang="ja"
                    />
                  </details>
                </EditorForm>
                <EditorForm
                  action={reviewQuestionAction}
                  target={target}
                  submitLabel={t("questions.reject")}
                  className="form editor-review-form"
                  buttonClassName="button button--ghost"
                >
                  <HiddenField name="questionId" value={question.id} />
                  <HiddenField name="verdict" value="reject" />
                  <SelectField
                    name="reason"
                    label={t("questions.reason")}
                    defaultValue={decision?.reason}
                    options={REJECTION_REASONS.map((reason) => ({
                      value: reason,
                      label: t(`questions.reasons.${reason}`),
                    }))}
                  />
                </EditorForm>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
