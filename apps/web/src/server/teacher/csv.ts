import type { Locale } from "@jiji/content/server";
import { csvWords } from "@/i18n/static-messages";
import { formatSortableDateTime, SCHOOL_TIME_ZONE } from "@/lib/time-zone";
import { INVISIBLE_FORMAT_CHARS } from "../plain-text";
import type { AssignmentReport } from "./report-statistics";

const BOM = "\uFEFF";
const LEADING_IGNORED = new RegExp(`^(?:[ \u00a0\u3000]|${INVISIBLE_FORMAT_CHARS.source})+`);

/** One RFC 4180 field: quoted when needed, and defused when a spreadsheet would read it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // Spreadsheets skip leading spaces and invisible format characters before reading a formula.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text.replace(LEADING_IGNORED, ""))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a BOM and CRLF line ends, so Excel opens Japanese text correctly. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** "2026-04-08 09:00:00 Asia/Tokyo": sortable, and on the clocks of the teacher who downloads it. */
const stamp = (date: Date | null, timeZone: string) =>
  date ? `${formatSortableDateTime(date, timeZone)} ${timeZone}` : "";
const percent = (value: number | null) => (value === null ? "" : Math.round(value * 1000) / 10);
const twoDecimals = (value: number | null) => (value === null ? "" : Math.round(value * 100) / 100);
const share = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
const text = (value: { ja: string; en?: string }, locale: Locale) =>
  locale === "en" && value.en ? value.en : value.ja;

/** One row per student (current, then removed); times in `timeZone`, the downloader's own. */
export function studentsCsv(report: AssignmentReport, locale: Locale, timeZone = SCHOOL_TIME_ZONE): string {
  const h = csvWords(locale);
  return toCsv([
    [
      h.students.name,
      h.students.email,
      h.students.status,
      h.students.score,
      h.students.correct,
      h.students.questions,
      h.students.time,
      h.students.attempts,
      h.students.submittedAt,
      h.students.countedAttempt,
      h.students.notReached,
      h.students.removed,
    ],
    ...[...report.students, ...report.removedStudents].map((student) => [
      student.name,
      student.email,
      h.statuses[student.status],
      percent(student.score),
      student.correctCount,
      student.questionCount,
      student.timeTakenMs === null ? null : Math.round(student.timeTakenMs / 1000),
      student.attempts,
      stamp(student.submittedAt, timeZone),
      student.countedAttemptNumber,
      student.notReachedCount,
      student.isRemoved ? h.removed : null,
    ]),
  ]);
}

export function questionsCsv(report: AssignmentReport, locale: Locale): string {
  const h = csvWords(locale);
  return toCsv([
    [
      h.questions.number,
      h.questions.questionId,
      h.questions.type,
      h.questions.stem,
      h.questions.answered,
      h.questions.notReached,
      h.questions.facility,
      h.questions.standardDeviation,
      h.questions.discriminationIndex,
      h.questions.discriminativeEfficiency,
      h.questions.alphaIfDeleted,
      h.questions.topWrong,
      h.questions.topWrongCount,
      h.questions.misconception,
      h.questions.options,
    ],
    ...report.questions.map((question) => [
      question.number,
      question.questionId,
      question.type,
      text(question.stem, locale),
      question.answered,
      question.notReached,
      percent(question.facility),
      percent(question.standardDeviation),
      twoDecimals(question.discriminationIndex),
      twoDecimals(question.discriminativeEfficiency),
      twoDecimals(question.alphaIfDeleted),
      question.topWrongAnswer?.text,
      question.topWrongAnswer?.count,
      question.topWrongAnswer?.misconception ? text(question.topWrongAnswer.misconception, locale) : null,
      question.options
        ?.map(
          (option) =>
            `${option.text}${option.isCorrect ? ` (${h.correct})` : ""}: ${share(option.upper)} / ${share(option.lower)}${option.isSuspectDistractor ? " (!)" : ""}`,
        )
        .join(" | "),
    ]),
  ]);
}
