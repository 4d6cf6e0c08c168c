"use client";

import { QUESTION_TYPES, type QuestionType } from "@jiji/content/browser-constants";
import { useState } from "react";
import { useTranslations } from "@/i18n/client";
import { availableFor, type QuestionCounts } from "@/lib/question-counts";
import { startQuizAction } from "@/server/actions/quiz";
import { ActionForm } from "./form/action-form";
import { CheckboxField, ChoiceGroup } from "./form/fields";

const DEFAULT_COUNT = 10;

/** The article's quiz settings; says before starting when the chosen types hold fewer questions than asked. */
export function StartQuizForm({
  articleSlug,
  counts,
  countOptions,
}: {
  articleSlug: string;
  counts: QuestionCounts;
  /** The counts startQuizSchema accepts (QUESTION_COUNTS). */
  countOptions: readonly number[];
}) {
  const t = useTranslations("article");
  const tTypes = useTranslations("questionTypes");
  const [count, setCount] = useState(countOptions.includes(DEFAULT_COUNT) ? DEFAULT_COUNT : countOptions[0]!);
  const [types, setTypes] = useState<QuestionType[]>([...QUESTION_TYPES]);
  const available = availableFor(counts, types);
  return (
    <ActionForm
      action={startQuizAction}
      hasControlledInputs
      messages="article.errors"
      summary="all"
      noValidate={false}
      hidden={{ articleSlug }}
      className="form start-quiz__form"
      buttonClassName="button button--primary button--large"
      submitLabel={t("start.submit")}
      pendingLabel={t("start.submitting")}
    >
      <ChoiceGroup name="count" legend={t("start.count")}>
        {countOptions.map((option) => (
          <CheckboxField
            key={option}
            type="radio"
            name="count"
            value={String(option)}
            checked={count === option}
            onChange={() => setCount(option)}
          >
            {t("start.countOption", { count: option })}
          </CheckboxField>
        ))}
      </ChoiceGroup>
      <ChoiceGroup
        name="types"
        legend={t("start.types")}
        hint={t("start.available", {
          counts: QUESTION_TYPES.map((type) => `${tTypes(type)} ${counts[type]}`).join("・"),
        })}
      >
        {QUESTION_TYPES.map((type) => (
          <CheckboxField
            key={type}
            name="types"
            value={type}
            checked={types.includes(type)}
            onChange={() =>
              setTypes(types.includes(type) ? types.filter((item) => item !== type) : [...types, type])
            }
          >
            {tTypes(type)}
          </CheckboxField>
        ))}
      </ChoiceGroup>
      <p role="status" className="start-quiz__shortfall" data-testid="start-quiz-shortfall">
        {types.length > 0 && available < count ? t("start.shortfall", { count, available }) : ""}
      </p>
      <ChoiceGroup name="mode" legend={t("start.mode")}>
        <CheckboxField type="radio" name="mode" value="practice" defaultChecked>
          {t("start.practice")} <span className="muted">— {t("start.practiceHint")}</span>
        </CheckboxField>
        <CheckboxField type="radio" name="mode" value="test">
          {t("start.test")} <span className="muted">— {t("start.testHint")}</span>
        </CheckboxField>
      </ChoiceGroup>
    </ActionForm>
  );
}
