// Message words for code that runs without a request's translator (the pure report and CSV builders, grading
// feedback): read from the same message files as next-intl, so every string still lives in messages/.

import type { Locale } from "@jiji/content";
import type { AnswerWords } from "@jiji/content/server";
import commonEn from "../../messages/en.json";
import commonJa from "../../messages/ja.json";
import teacherEn from "../../messages/teacher/en.json";
import teacherJa from "../../messages/teacher/ja.json";

const COMMON = { ja: commonJa, en: commonEn } satisfies Record<Locale, typeof commonJa>;
const TEACHER = { ja: teacherJa, en: teacherEn } satisfies Record<Locale, typeof teacherJa>;

/** True/false and the placeholders of an unanswered or unreadable response (`answers`). */
export function answerWords(locale: Locale): AnswerWords {
  return COMMON[locale].answers;
}

export type CsvWords = (typeof teacherJa)["teacher"]["csv"];

/** The column headers and status words of the report's CSV files (`teacher.csv`). */
export function csvWords(locale: Locale): CsvWords {
  return TEACHER[locale].teacher.csv;
}
