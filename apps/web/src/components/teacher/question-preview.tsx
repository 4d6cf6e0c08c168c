import type { PublicQuestion } from "@jiji/content";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/localized";
import "@/app/teacher.css";

/** A question exactly as a student receives it (toPublicQuestion: no key), shown read-only. */
export async function QuestionPreview({ question, number }: { question: PublicQuestion; number: number }) {
  const [t, tTypes, locale] = await Promise.all([
    getTranslations("teacher.preview"),
    getTranslations("questionTypes"),
    getLocale(),
  ]);
  return (
    <li className="card teacher-preview__item">
      <p className="muted">
        {t("number", { number })} ・ {tTypes(question.type)}
      </p>
      <p className="teacher-preview__stem">{localized(question.stem, locale)}</p>
      {question.type === "single-choice" && (
        <ol className="teacher-preview__choices" type="1">
          {question.options.map((option) => (
            <li key={option.id}>{option.text}</li>
          ))}
        </ol>
      )}
      {question.type === "true-false" && <p>{t("trueFalse")}</p>}
      {question.type === "cloze" && <p className="muted">{t("typed")}</p>}
      {question.type === "numeric" && <p className="muted">{t("numeric", { unit: question.unit })}</p>}
      {question.type === "ordering" && (
        <ul className="teacher-preview__choices">
          {question.items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      )}
      {question.type === "matching" && (
        <div className="teacher-preview__matching">
          <ul className="teacher-preview__choices">
            {question.left.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
          <ul className="teacher-preview__choices">
            {question.right.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
