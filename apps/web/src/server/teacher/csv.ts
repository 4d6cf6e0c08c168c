import type { Locale } from "@jiji/content/server";
import { SCHOOL_TIME_ZONE } from "@/lib/time-zone";
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

const JST = new Intl.DateTimeFormat("sv-SE", {
  timeZone: SCHOOL_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
const jst = (date: Date | null) => (date ? `${JST.format(date)} JST` : "");
const percent = (value: number | null) => (value === null ? "" : Math.round(value * 1000) / 10);
const twoDecimals = (value: number | null) => (value === null ? "" : Math.round(value * 100) / 100);
const share = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
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
      "集計した回",
      "時間切れで未回答",
      "在籍",
    ],
    questions: [
      "番号",
      "問題ID",
      "形式",
      "問題文",
      "回答数",
      "時間切れで未回答",
      "正答率(%)",
      "標準偏差(%)",
      "識別指数(残りの問題との相関)",
      "識別効率",
      "この問題を除いたα",
      "最も多い誤答",
      "誤答数",
      "誤答のもとになった事実",
      "選択肢ごとの選択率(上位1/3・下位1/3)",
    ],
    status: {
      submitted: "提出済み",
      "timed-out": "時間切れ(未回答)",
      "in-progress": "受験中",
      "not-started": "未着手",
    },
    removed: "クラスから削除",
    correct: "正解",
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
      "Counted attempt",
      "Not reached (time ran out)",
      "Removed from class",
    ],
    questions: [
      "No.",
      "Question ID",
      "Type",
      "Question",
      "Answered",
      "Not reached (time ran out)",
      "Facility (%)",
      "Standard deviation (%)",
      "Discrimination index (correlation with the rest)",
      "Discriminative efficiency",
      "Alpha without this question",
      "Most chosen wrong answer",
      "Times chosen",
      "Fact behind that answer",
      "Share choosing each option (upper third / lower third)",
    ],
    status: {
      submitted: "Submitted",
      "timed-out": "Timed out (nothing answered)",
      "in-progress": "In progress",
      "not-started": "Not started",
    },
    removed: "Removed from class",
    correct: "correct",
  },
} as const;

export function studentsCsv(report: AssignmentReport, locale: Locale): string {
  const h = HEADERS[locale];
  return toCsv([
    h.students,
    ...[...report.students, ...report.removedStudents].map((student) => [
      student.name,
      student.email,
      h.status[student.status],
      percent(student.score),
      student.correctCount,
      student.questionCount,
      student.timeTakenMs === null ? null : Math.round(student.timeTakenMs / 1000),
      student.attempts,
      jst(student.submittedAt),
      student.countedAttemptNumber,
      student.notReachedCount,
      student.isRemoved ? h.removed : null,
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
