"use client";

import { type ChangeEvent, useReducer } from "react";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, ChoiceGroup, Field } from "@/components/form/fields";
import type { FormAction } from "@/components/form/form-state";
import type { InputLimits } from "@/components/form/input-limits";
import { useTranslations } from "@/i18n/client";
import { builderReducer, changeOf, initialChoices } from "./quiz-set-builder-state";
import "@/app/teacher.css";

export type BuilderArticle = {
  slug: string;
  title: string;
  sections: { id: string; heading: string }[];
  /** Each topic tag with its name in the UI language. */
  tags: { id: string; label: string }[];
  kinds: string[];
};

/** A number field's range for its label, e.g. "問題数(1〜50)". */
const bounds = ({ min = 0, max = 0 }: InputLimits) => ({ min, max });

type Props = {
  action: FormAction;
  articles: BuilderArticle[];
  questionTypes: readonly string[];
  /** The options and bounds createQuizSetSchema accepts (SELECTIONS, FEEDBACK_POLICIES, inputLimits). */
  selections: readonly string[];
  feedbackPolicies: readonly string[];
  limits: {
    title: InputLimits;
    questionCount: InputLimits;
    timeLimitMinutes: InputLimits;
    attemptsAllowed: InputLimits;
  };
};

/** Controlled inputs over one reducer, so a rejected submission keeps every choice the teacher made. */
export function QuizSetBuilder({
  action,
  articles,
  questionTypes,
  selections,
  feedbackPolicies,
  limits,
}: Props) {
  const t = useTranslations("teacher.builder");
  const tTypes = useTranslations("questionTypes");
  const tKinds = useTranslations("teacher.kinds");
  const [choices, dispatch] = useReducer(builderReducer, initialChoices(articles[0]?.slug, questionTypes));
  const change = (event: ChangeEvent<HTMLInputElement>) => dispatch(changeOf(event.currentTarget));
  const checkbox = (name: "articleSlugs" | "sections" | "tags" | "kinds" | "types", value: string) => ({
    name,
    value,
    checked: choices[name].includes(value),
    onChange: change,
  });
  const radio = (name: "selection" | "feedbackPolicy", value: string) => ({
    type: "radio" as const,
    name,
    value,
    checked: choices[name] === value,
    onChange: change,
  });

  const chosen = articles.filter((article) => choices.articleSlugs.includes(article.slug));
  const allTags = [
    ...new Map(chosen.flatMap((article) => article.tags.map((tag) => [tag.id, tag]))).values(),
  ].sort((a, b) => a.label.localeCompare(b.label, "ja"));
  const allKinds = [...new Set(chosen.flatMap((article) => article.kinds))];

  return (
    <ActionForm
      action={action}
      hasControlledInputs
      messages="teacher.errors"
      className="form teacher-builder"
      buttonClassName="button button--primary button--large"
      submitLabel={t("submit")}
      pendingLabel={t("submitting")}
    >
      <Field name="title" label={t("title")} limits={limits.title} value={choices.title} onChange={change} />

      <ChoiceGroup name="articleSlugs" legend={t("articles")}>
        {articles.map((article) => (
          <CheckboxField key={article.slug} {...checkbox("articleSlugs", article.slug)}>
            {article.title}
          </CheckboxField>
        ))}
      </ChoiceGroup>

      {chosen.some((article) => article.sections.length > 0) && (
        <ChoiceGroup name="sections" legend={t("sections")} hint={t("sectionsPerArticle")}>
          {chosen
            .filter((article) => article.sections.length > 0)
            .map((article) => (
              <fieldset key={article.slug} className="choice-group choice-group--nested">
                <legend>{article.title}</legend>
                {article.sections.map((section) => {
                  const ref = `${article.slug}/${section.id}`;
                  return (
                    <CheckboxField key={ref} {...checkbox("sections", ref)}>
                      {section.heading}
                    </CheckboxField>
                  );
                })}
              </fieldset>
            ))}
        </ChoiceGroup>
      )}

      {allTags.length > 0 && (
        <ChoiceGroup name="tags" legend={t("tags")} hint={t("noneMeansAll")}>
          {allTags.map((tag) => (
            <CheckboxField key={tag.id} {...checkbox("tags", tag.id)}>
              {tag.label}
            </CheckboxField>
          ))}
        </ChoiceGroup>
      )}

      {allKinds.length > 0 && (
        <ChoiceGroup name="kinds" legend={t("kinds")} hint={t("noneMeansAll")}>
          {allKinds.map((kind) => (
            <CheckboxField key={kind} {...checkbox("kinds", kind)}>
              {tKinds.has(kind) ? tKinds(kind) : kind}
            </CheckboxField>
          ))}
        </ChoiceGroup>
      )}

      <ChoiceGroup name="types" legend={t("types")}>
        {questionTypes.map((type) => (
          <CheckboxField key={type} {...checkbox("types", type)}>
            {tTypes(type)}
          </CheckboxField>
        ))}
      </ChoiceGroup>

      <Field
        name="questionCount"
        label={t("questionCount", bounds(limits.questionCount))}
        type="number"
        inputMode="numeric"
        limits={limits.questionCount}
        value={choices.questionCount}
        onChange={change}
      />

      <ChoiceGroup name="selection" legend={t("selection")}>
        {selections.map((value) => (
          <CheckboxField key={value} {...radio("selection", value)}>
            {t(`selections.${value}`)}
          </CheckboxField>
        ))}
      </ChoiceGroup>

      <ChoiceGroup name="feedbackPolicy" legend={t("feedbackPolicy")}>
        {feedbackPolicies.map((value) => (
          <CheckboxField key={value} {...radio("feedbackPolicy", value)}>
            {t(`feedbackPolicies.${value}`)}
          </CheckboxField>
        ))}
      </ChoiceGroup>

      <Field
        name="timeLimitMinutes"
        label={t("timeLimit")}
        hint={t("timeLimitHint")}
        type="number"
        inputMode="numeric"
        limits={limits.timeLimitMinutes}
        value={choices.timeLimitMinutes}
        onChange={change}
      />

      <Field
        name="attemptsAllowed"
        label={t("attemptsAllowed", bounds(limits.attemptsAllowed))}
        type="number"
        inputMode="numeric"
        limits={limits.attemptsAllowed}
        value={choices.attemptsAllowed}
        onChange={change}
      />
    </ActionForm>
  );
}
