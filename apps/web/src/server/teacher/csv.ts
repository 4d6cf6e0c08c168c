import type { Locale } from "@jiji/content/server";
import { INVISIBLE_FORMAT_CHARS } from "../plain-text";
import type { AssignmentReport } from "./report";

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

const JST = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
const jst = (date: Date | null) => (date ? `${JST.format(date)} JST` : "");
const percent = (value: number | null) => (value === null ? "" : Math.round(value * 1000) / 10);
const text = (value: { ja: string; en?: string }, locale: Locale) =>
  locale === "en" && value.en ? value.en : value.ja;

const HEADERS = {
  ja: {
    students: [
      "名前",
      "メールアドレス",
      "状態",
      "得点(%)",
      "正解数",
      "問題数",
      "所要時間(秒)",
      "受験回数",
      "提出日時",
    ],
    questions: [
      "番号",
      "問題ID",
      "形式",
      "問題文",
      "回答数",
      "正答率(%)",
      "識別指数(上位-下位27%)",
      "最も多い誤答",
      "誤答数",
      "誤答のもとになった事実",
    ],
    status: { submitted: "提出済み", "in-progress": "受験中", "not-started": "未着手" },
    removed: "(クラスから削除)",
  },
  en: {
    students: [
      "Name",
      "Email",
      "Status",
      "Score (%)",
      "Correct",
      "Questions",
      "Time (s)",
      "Attempts",
      "Submitted at",
    ],
    questions: [
      "No.",
      "Question ID",
      "Type",
      "Question",
      "Answered",
      "Facility (%)",
      "Discrimination (upper−lower 27%)",
      "Most chosen wrong answer",
      "Times chosen",
      "Fact behind that answer",
    ],
    status: { submitted: "Submitted", "in-progress": "In progress", "not-started": "Not started" },
    removed: "(removed from class)",
  },
} as const;

export function studentsCsv(report: AssignmentReport, locale: Locale): string {
  const h = HEADERS[locale];
  return toCsv([
    h.students,
    ...report.students.map((student) => [
      student.isRemoved ? `${student.name} ${h.removed}` : student.name,
      student.email,
      h.status[student.status],
      percent(student.score),
      student.correctCount,
      student.questionCount,
      student.timeTakenMs === null ? null : Math.round(student.timeTakenMs / 1000),
      student.attempts,
      jst(student.submittedAt),
    ]),
  ]);
}

export function questionsCsv(report: AssignmentReport, locale: Locale): string {
  const h = HEADERS[locale];
  return toCsv([
    h.questions,
    ...report.questions.map((question) => [
      question.number,
      question.questionId,
      question.type,
      text(question.stem, locale),
      question.answered,
      percent(question.facility),
      question.discrimination === null ? null : Math.round(question.discrimination * 100) / 100,
      question.topWrongAnswer?.text,
      question.topWrongAnswer?.count,
      question.topWrongAnswer?.misconception ? text(question.topWrongAnswer.misconception, locale) : null,
    ]),
  ]);
}
