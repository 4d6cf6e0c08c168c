"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "@/i18n/client";
import type { FormState } from "@/server/auth/form-action";
import { useErrorText } from "./action-form";

export type BuilderArticle = {
  slug: string;
  title: string;
  sections: { id: string; heading: string }[];
  tags: string[];
  kinds: string[];
};

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  articles: BuilderArticle[];
  questionTypes: readonly string[];
};

const toggle = (list: string[], value: string) =>
  list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

/** Controlled inputs, so a rejected submission keeps every choice the teacher made. */
export function QuizSetBuilder({ action, articles, questionTypes }: Props) {
  const t = useTranslations("teacher.builder");
  const tTypes = useTranslations("questionTypes");
  const tKinds = useTranslations("teacher.kinds");
  const errorText = useErrorText();
  const [state, formAction, isPending] = useActionState(action, {} as FormState);
  const [title, setTitle] = useState("");
  const [slugs, setSlugs] = useState<string[]>(articles[0] ? [articles[0].slug] : []);
  const [sections, setSections] = useState<string[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [kinds, setKinds] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>([...questionTypes]);
  const [count, setCount] = useState("10");
  const [selection, setSelection] = useState("fixed");
  const [feedback, setFeedback] = useState("end");
  const [minutes, setMinutes] = useState("");
  const [attempts, setAttempts] = useState("1");

  const chosen = articles.filter((article) => slugs.includes(article.slug));
  const allTags = [...new Set(chosen.flatMap((article) => article.tags))].sort();
  const allKinds = [...new Set(chosen.flatMap((article) => article.kinds))];
  const errors = (name: string) => state.fieldErrors?.[name]?.map((key) => errorText(key));
  const errorFor = (name: string) => {
    const list = errors(name);
    return list?.length ? (
      <p id={`qs-${name}-error`} className="field__error">
        {list.join(" / ")}
      </p>
    ) : null;
  };
  const invalid = (name: string) =>
    state.fieldErrors?.[name]?.length
      ? { "aria-invalid": true as const, "aria-describedby": `qs-${name}-error` }
      : {};

  return (
    <form action={formAction} className="form teacher-builder" noValidate>
      {(state.formError || state.fieldErrors) && (
        <p role="alert" className="form__error">
          {state.formError ? errorText(state.formError) : errorText("checkFields")}
        </p>
      )}
      <div className="field">
        <label htmlFor="qs-title">{t("title")}</label>
        <input
          id="qs-title"
          name="title"
          value={title}
          maxLength={100}
          onChange={(e) => setTitle(e.target.value)}
          {...invalid("title")}
        />
        {errorFor("title")}
      </div>

      <fieldset className="choice-group" {...invalid("articleSlugs")}>
        <legend>{t("articles")}</legend>
        {articles.map((article) => (
          <label key={article.slug} className="choice">
            <input
              type="checkbox"
              name="articleSlugs"
              value={article.slug}
              checked={slugs.includes(article.slug)}
              onChange={() => setSlugs(toggle(slugs, article.slug))}
            />
            {article.title}
          </label>
        ))}
        {errorFor("articleSlugs")}
      </fieldset>

      {chosen.some((article) => article.sections.length > 0) && (
        <fieldset className="choice-group">
          <legend>{t("sections")}</legend>
          <p className="field__hint">{t("sectionsPerArticle")}</p>
          {chosen
            .filter((article) => article.sections.length > 0)
            .map((article) => (
              <fieldset key={article.slug} className="choice-group choice-group--nested">
                <legend>{article.title}</legend>
                {article.sections.map((section) => {
                  const ref = `${article.slug}/${section.id}`;
                  return (
                    <label key={ref} className="choice">
                      <input
                        type="checkbox"
                        name="sections"
                        value={ref}
                        checked={sections.includes(ref)}
                        onChange={() => setSections(toggle(sections, ref))}
                      />
                      {section.heading}
                    </label>
                  );
                })}
              </fieldset>
            ))}
        </fieldset>
      )}

      {allTags.length > 0 && (
        <fieldset className="choice-group">
          <legend>{t("tags")}</legend>
          <p className="field__hint">{t("noneMeansAll")}</p>
          {allTags.map((tag) => (
            <label key={tag} className="choice">
              <input
                type="checkbox"
                name="tags"
                value={tag}
                checked={tags.includes(tag)}
                onChange={() => setTags(toggle(tags, tag))}
              />
              {tag}
            </label>
          ))}
        </fieldset>
      )}

      {allKinds.length > 0 && (
        <fieldset className="choice-group">
          <legend>{t("kinds")}</legend>
          <p className="field__hint">{t("noneMeansAll")}</p>
          {allKinds.map((kind) => (
            <label key={kind} className="choice">
              <input
                type="checkbox"
                name="kinds"
                value={kind}
                checked={kinds.includes(kind)}
                onChange={() => setKinds(toggle(kinds, kind))}
              />
              {tKinds.has(kind as never) ? tKinds(kind as never) : kind}
            </label>
          ))}
        </fieldset>
      )}

      <fieldset className="choice-group" {...invalid("types")}>
        <legend>{t("types")}</legend>
        {questionTypes.map((type) => (
          <label key={type} className="choice">
            <input
              type="checkbox"
              name="types"
              value={type}
              checked={types.includes(type)}
              onChange={() => setTypes(toggle(types, type))}
            />
            {tTypes(type as never)}
          </label>
        ))}
        {errorFor("types")}
      </fieldset>

      <div className="field">
        <label htmlFor="qs-count">{t("questionCount")}</label>
        <input
          id="qs-count"
          name="questionCount"
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          {...invalid("questionCount")}
        />
        {errorFor("questionCount")}
      </div>

      <fieldset className="choice-group">
        <legend>{t("selection")}</legend>
        {(["fixed", "per-student"] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="selection"
              value={value}
              checked={selection === value}
              onChange={() => setSelection(value)}
            />
            {t(`selections.${value}`)}
          </label>
        ))}
      </fieldset>

      <fieldset className="choice-group">
        <legend>{t("feedbackPolicy")}</legend>
        {(["each", "end", "after-due"] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="feedbackPolicy"
              value={value}
              checked={feedback === value}
              onChange={() => setFeedback(value)}
            />
            {t(`feedbackPolicies.${value}`)}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor="qs-minutes">{t("timeLimit")}</label>
        <input
          id="qs-minutes"
          name="timeLimitMinutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          aria-describedby="qs-minutes-hint"
          {...invalid("timeLimitMinutes")}
        />
        <p id="qs-minutes-hint" className="field__hint">
          {t("timeLimitHint")}
        </p>
        {errorFor("timeLimitMinutes")}
      </div>

      <div className="field">
        <label htmlFor="qs-attempts">{t("attemptsAllowed")}</label>
        <input
          id="qs-attempts"
          name="attemptsAllowed"
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          value={attempts}
          onChange={(e) => setAttempts(e.target.value)}
          {...invalid("attemptsAllowed")}
        />
        {errorFor("attemptsAllowed")}
      </div>

      <button type="submit" className="button button--primary button--large" disabled={isPending}>
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
