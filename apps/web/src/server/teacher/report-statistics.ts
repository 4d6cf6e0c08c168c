import "server-only";
import type { LocalizedText, QuestionType } from "@jiji/content";
import { describeResponse, findQuestion, getArticle, type Locale, type Question } from "@jiji/content/server";
import { answerWords } from "@/i18n/static-messages";
import { groupBy } from "@/lib/group-by";
import { isAttemptClosed } from "../quiz/attempt-rules";
import { decodeQuestionIds } from "../quiz/question-ids";
import {
  averageOf,
  classThirds,
  computeItemStatistics,
  computeOptionShares,
  scoreDistribution,
} from "./item-statistics";
import { type QuizSetView, toQuizSetView } from "./quiz-sets";

/** Which of a student's submitted attempts the report counts; the first is what item analysis should use. */
export const COUNTED_ATTEMPTS = ["first", "best", "last"] as const;
export type CountedAttempt = (typeof COUNTED_ATTEMPTS)[number];

/** The `attempt` query parameter of the report page and its CSV; anything else shows the default. */
export function toCountedAttempt(value: unknown): CountedAttempt {
  return COUNTED_ATTEMPTS.find((choice) => choice === value) ?? "first";
}

/** Names in Japanese order; one collator, not one per comparison as `localeCompare(…, "ja")` makes. */
const japaneseOrder = new Intl.Collator("ja");

/** Below this many students, discrimination and the thirds of the class say more about chance than the question. */
export const MIN_STUDENTS_FOR_DISCRIMINATION = 10;

export type StudentStatus = "submitted" | "timed-out" | "in-progress" | "not-started";

export type StudentRow = {
  studentId: string;
  name: string;
  email: string;
  /** Removed from the class after making an attempt: kept so the record stays complete. */
  isRemoved: boolean;
  /** "timed-out": every attempt ran out of time with nothing answered, which is not a submission. */
  status: StudentStatus;
  /** 0..1 of the counted attempt. */
  score: number | null;
  correctCount: number | null;
  questionCount: number | null;
  /** Questions of the counted attempt left unanswered when time ran out. */
  notReachedCount: number | null;
  /** 1-based number of the counted attempt among the student's attempts. */
  countedAttemptNumber: number | null;
  timeTakenMs: number | null;
  attempts: number;
  submittedAt: Date | null;
};

export type OptionRow = {
  id: string;
  text: string;
  isCorrect: boolean;
  /** Share of the upper / lower third of the class choosing this option, 0..1. */
  upper: number | null;
  lower: number | null;
  isSuspectDistractor: boolean;
};

export type QuestionRow = {
  questionId: string;
  /** 1-based order: the set's order for fixed sets, else by position asked, then id. */
  number: number;
  type: QuestionType;
  stem: LocalizedText;
  answered: number;
  /** Counted attempts that ran out of time before this question: not counted as wrong. */
  notReached: number;
  /** The item statistics of `computeItemStatistics`, over the answers of the counted attempts. */
  facility: number | null;
  standardDeviation: number | null;
  discriminationIndex: number | null;
  discriminativeEfficiency: number | null;
  alphaIfDeleted: number | null;
  topWrongAnswer: { text: string; count: number; misconception: LocalizedText | null } | null;
  /** Distractor analysis, for choice and true/false questions only. */
  options: OptionRow[] | null;
};

export type FactRow = {
  factId: string;
  label: LocalizedText;
  statement: LocalizedText;
  answered: number;
  mastery: number;
};

export type AssignmentReport = {
  assignment: { id: string; opensAt: Date; dueAt: Date; classroom: { id: string; name: string } };
  quizSet: QuizSetView;
  countedAttempt: CountedAttempt;
  /** Current members of the class; the statistics describe them only. */
  rosterSize: number;
  /** Current members with a counted (submitted) attempt. */
  submittedCount: number;
  /** Five bins of 20 points: 0–19, 20–39, 40–59, 60–79, 80–100. */
  distribution: number[];
  averageScore: number | null;
  /** False below MIN_STUDENTS_FOR_DISCRIMINATION submissions: discrimination and distractors are shown greyed. */
  hasEnoughStudents: boolean;
  /** Cronbach's α over the `n` students who answered every question. */
  reliability: { alpha: number | null; n: number; questionCount: number };
  students: StudentRow[];
  /** Removed from the class after making an attempt: shown apart, outside every count above. */
  removedStudents: StudentRow[];
  questions: QuestionRow[];
  /** Facts from the weakest up. */
  facts: FactRow[];
  /** Each submitted student's mastery of each fact, in the order of `facts` (null: no answer on it). */
  masteryGrid: { studentId: string; name: string; mastery: (number | null)[] }[];
};

export type AttemptRow = {
  id: string;
  userId: string;
  questionIds: string;
  finishedAt: Date | null;
  deadlineAt: Date | null;
  score: number | null;
  correctCount: number | null;
  questionCount: number;
};

/** Picks the counted attempt among submitted ones (given in start order); ties go to the earlier. */
function pickAttempt<T extends { score: number }>(
  submitted: readonly T[],
  counted: CountedAttempt,
): T | null {
  if (submitted.length === 0) return null;
  if (counted === "first") return submitted[0]!;
  if (counted === "last") return submitted.at(-1)!;
  return submitted.reduce((best, candidate) => (candidate.score > best.score ? candidate : best));
}

/** What the report is computed from: the assignment and the rows of its four queries (see report.ts). */
export type ReportData = {
  assignment: {
    id: string;
    opensAt: Date;
    dueAt: Date;
    classroom: { id: string; name: string };
    quizSet: Parameters<typeof toQuizSetView>[0];
  };
  memberships: { removedAt: Date | null; student: { id: string; name: string; email: string } }[];
  /** In start order (ties by id). */
  attempts: AttemptRow[];
  responses: {
    attemptId: string;
    questionId: string;
    response: string;
    isCorrect: boolean;
    score: number;
    timeTakenMs: number;
  }[];
};

/**
 * Everything a teacher sees about one assignment, computed from its rows alone (no database, no clock but `now`):
 * who submitted, which attempt counts, the item statistics (item-statistics.ts), options by third, facts.
 */
export function buildAssignmentReport(
  { assignment, memberships, attempts, responses }: ReportData,
  locale: Locale,
  now: Date,
  countedAttempt: CountedAttempt,
): AssignmentReport {
  const byAttempt = groupBy(responses, (row) => row.attemptId);
  const attemptsByStudent = groupBy(attempts, (attempt) => attempt.userId);

  type Counted = { attempt: AttemptRow; questionIds: string[]; rows: typeof responses; score: number };
  const counted = new Map<string, Counted>();
  const students: StudentRow[] = [];
  const removedStudents: StudentRow[] = [];
  for (const membership of memberships) {
    const mine = attemptsByStudent.get(membership.student.id) ?? [];
    if (membership.removedAt && mine.length === 0) continue;
    const closed = mine.filter((attempt) => isAttemptClosed(attempt, now));
    // An attempt that ran out of time is scored on what was answered in time; one with no answer is no submission.
    const submitted = closed
      .map((attempt) => {
        const rows = byAttempt.get(attempt.id) ?? [];
        const score = attempt.score ?? rows.reduce((sum, row) => sum + row.score, 0) / attempt.questionCount;
        return { attempt, rows, score };
      })
      .filter((candidate) => candidate.rows.length > 0);
    const picked = pickAttempt(submitted, countedAttempt);
    const status: StudentStatus = picked
      ? "submitted"
      : closed.length < mine.length
        ? "in-progress"
        : closed.length > 0
          ? "timed-out"
          : "not-started";
    const questionIds = picked ? decodeQuestionIds(picked.attempt.questionIds) : [];
    const isRemoved = membership.removedAt !== null;
    if (picked && !isRemoved) counted.set(membership.student.id, { ...picked, questionIds });
    (isRemoved ? removedStudents : students).push({
      studentId: membership.student.id,
      name: membership.student.name,
      email: membership.student.email,
      isRemoved,
      status,
      score: picked?.score ?? null,
      correctCount: picked
        ? (picked.attempt.correctCount ?? picked.rows.filter((row) => row.isCorrect).length)
        : null,
      questionCount: picked?.attempt.questionCount ?? null,
      notReachedCount: picked ? Math.max(0, questionIds.length - picked.rows.length) : null,
      countedAttemptNumber: picked ? mine.indexOf(picked.attempt) + 1 : null,
      timeTakenMs: picked ? picked.rows.reduce((sum, row) => sum + row.timeTakenMs, 0) : null,
      attempts: mine.length,
      submittedAt: picked ? (picked.attempt.finishedAt ?? picked.attempt.deadlineAt) : null,
    });
  }
  const byName = (a: StudentRow, b: StudentRow) =>
    japaneseOrder.compare(a.name, b.name) || a.studentId.localeCompare(b.studentId);
  students.sort(byName);
  removedStudents.sort(byName);

  // Questions in a stable order: the set's order for fixed sets, else the earliest position asked, then id.
  const set = toQuizSetView(assignment.quizSet);
  const fixedOrder = new Map((set.fixedQuestionIds ?? []).map((id, index) => [id, index]));
  const position = new Map<string, number>();
  for (const entry of counted.values())
    entry.questionIds.forEach((id, index) => {
      const earliest = position.get(id);
      if (earliest === undefined ? findQuestion(id) : index < earliest) position.set(id, index);
    });
  const questionIds = [...position.keys()].sort(
    (a, b) =>
      (fixedOrder.get(a) ?? Number.MAX_SAFE_INTEGER) - (fixedOrder.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      position.get(a)! - position.get(b)! ||
      a.localeCompare(b),
  );

  const statisticsInput = {
    questions: questionIds.map((id) => ({ id, maxScore: 1 })),
    students: [...counted].map(([studentId, entry]) => {
      const scores: Record<string, number | null> = Object.fromEntries(
        entry.questionIds.map((id) => [id, null]),
      );
      for (const row of entry.rows) scores[row.questionId] = row.score;
      return { id: studentId, scores };
    }),
  };
  const statistics = computeItemStatistics(statisticsInput);
  const thirds = classThirds([...counted].map(([id, entry]) => ({ id, total: entry.score })));

  // Each counted response with its stored answer, for the option and wrong-answer tables. A class gives the same
  // few answers to a question, so each distinct stored text is parsed once (read-only: the objects are shared).
  const parsedAnswers = new Map<string, StoredAnswer>();
  const answerOf = (response: string) => {
    let answer = parsedAnswers.get(response);
    if (!answer) {
      answer = JSON.parse(response) as StoredAnswer;
      parsedAnswers.set(response, answer);
    }
    return answer;
  };
  const countedRows = [...counted].flatMap(([studentId, entry]) =>
    entry.rows.map((row) => ({ studentId, row, answer: answerOf(row.response) })),
  );
  const rowsByQuestion = groupBy(countedRows, (item) => item.row.questionId);
  const askedCount = new Map<string, number>();
  for (const entry of counted.values())
    for (const id of new Set(entry.questionIds)) askedCount.set(id, (askedCount.get(id) ?? 0) + 1);
  const questions: QuestionRow[] = questionIds.map((questionId, index) => {
    const question = findQuestion(questionId)!;
    const rows = rowsByQuestion.get(questionId) ?? [];
    const stats = statistics.questions[questionId]!;
    return {
      questionId,
      number: index + 1,
      type: question.type,
      stem: question.stem,
      answered: stats.n,
      notReached: (askedCount.get(questionId) ?? 0) - stats.n,
      facility: stats.facility,
      standardDeviation: stats.standardDeviation,
      discriminationIndex: stats.discriminationIndex,
      discriminativeEfficiency: stats.discriminativeEfficiency,
      alphaIfDeleted: stats.alphaIfDeleted,
      topWrongAnswer: topWrongAnswer(question, rows, locale),
      options: optionRows(question, rows, thirds, locale),
    };
  });

  // Fact mastery: the class's mean per fact, and each student's. Facts are numbered as first met, so the sums are
  // arrays indexed by fact instead of a map entry per student and fact.
  const factKeys: string[] = [];
  const factNumbers = new Map<string, number>();
  const factsOfQuestion = new Map<string, number[]>();
  const factNumbersOf = (questionId: string) => {
    let numbers = factsOfQuestion.get(questionId);
    if (!numbers) {
      const question = findQuestion(questionId);
      numbers = (question?.factIds ?? []).map((factId) => {
        const key = `${question!.articleSlug}/${factId}`;
        let number = factNumbers.get(key);
        if (number === undefined) {
          number = factKeys.push(key) - 1;
          factNumbers.set(key, number);
        }
        return number;
      });
      factsOfQuestion.set(questionId, numbers);
    }
    return numbers;
  };
  type ScoreSums = { n: number[]; sum: number[] };
  const addScore = (totals: ScoreSums, fact: number, score: number) => {
    totals.n[fact] = (totals.n[fact] ?? 0) + 1;
    totals.sum[fact] = (totals.sum[fact] ?? 0) + score;
  };
  const classMastery: ScoreSums = { n: [], sum: [] };
  const studentMastery = new Map<string, ScoreSums>();
  for (const [studentId, entry] of counted) {
    const mine: ScoreSums = { n: [], sum: [] };
    studentMastery.set(studentId, mine);
    for (const row of entry.rows)
      for (const fact of factNumbersOf(row.questionId)) {
        addScore(classMastery, fact, row.score);
        addScore(mine, fact, row.score);
      }
  }
  const facts = factKeys
    .map((key, number) => {
      const [slug, factId] = [key.slice(0, key.indexOf("/")), key.slice(key.indexOf("/") + 1)];
      const fact = findFact(slug, factId);
      return {
        key,
        number,
        factId,
        label: fact?.label ?? { ja: factId },
        statement: fact?.statement ?? { ja: factId },
        answered: classMastery.n[number]!,
        mastery: classMastery.sum[number]! / classMastery.n[number]!,
      };
    })
    .sort((a, b) => a.mastery - b.mastery || a.key.localeCompare(b.key));

  const scores = [...counted.values()].map((entry) => entry.score);
  return {
    assignment: {
      id: assignment.id,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      classroom: assignment.classroom,
    },
    quizSet: set,
    countedAttempt,
    rosterSize: students.length,
    submittedCount: counted.size,
    distribution: scoreDistribution(scores),
    averageScore: averageOf(scores),
    hasEnoughStudents: counted.size >= MIN_STUDENTS_FOR_DISCRIMINATION,
    reliability: {
      alpha: statistics.alpha,
      n: statistics.alphaStudents,
      questionCount: questionIds.length,
    },
    students,
    removedStudents,
    questions,
    facts: facts.map(({ key: _key, number: _number, ...fact }) => fact),
    masteryGrid: students
      .filter((student) => counted.has(student.studentId))
      .map((student) => ({
        studentId: student.studentId,
        name: student.name,
        mastery: facts.map(({ number }) => {
          const mine = studentMastery.get(student.studentId)!;
          const answered = mine.n[number];
          return answered ? mine.sum[number]! / answered : null;
        }),
      })),
  };
}

/** A stored answer as the option and wrong-answer tables read it. */
type StoredAnswer = { optionId?: string; value?: boolean };
type CountedResponse = {
  studentId: string;
  row: { response: string; isCorrect: boolean };
  answer: StoredAnswer;
};

/** The most chosen wrong answer (ties: the first in text order) and the fact behind it, if any. */
function topWrongAnswer(question: Question, rows: readonly CountedResponse[], locale: Locale) {
  const wrong = new Map<string, { text: string; count: number; distractorFactId?: string }>();
  for (const { row, answer } of rows) {
    if (row.isCorrect) continue;
    const key = question.type === "single-choice" ? `option:${answer.optionId}` : row.response;
    const entry = wrong.get(key) ?? {
      text: describeResponse(question, answer, locale, answerWords(locale)),
      count: 0,
      distractorFactId:
        question.type === "single-choice"
          ? question.options.find((option) => option.id === answer.optionId)?.distractorFactId
          : undefined,
    };
    entry.count += 1;
    wrong.set(key, entry);
  }
  const top = [...wrong.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))[0];
  if (!top) return null;
  const misconception = top.distractorFactId
    ? (findFact(question.articleSlug, top.distractorFactId)?.statement ?? null)
    : null;
  return { text: top.text, count: top.count, misconception };
}

/** The options of a choice or true/false question with the share of each third of the class choosing them. */
function optionRows(
  question: Question,
  rows: readonly CountedResponse[],
  thirds: ReturnType<typeof classThirds>,
  locale: Locale,
): OptionRow[] | null {
  const options =
    question.type === "single-choice"
      ? question.options.map((option) => ({ id: option.id, text: option.text, isCorrect: option.isCorrect }))
      : question.type === "true-false"
        ? [true, false].map((value) => ({
            id: String(value),
            text: describeResponse(question, { type: "true-false", value }, locale, answerWords(locale)),
            isCorrect: value === question.answer,
          }))
        : null;
  if (!options) return null;
  const choices = new Map<string, string>();
  for (const { studentId, answer } of rows)
    choices.set(
      studentId,
      question.type === "single-choice" ? String(answer.optionId) : String(answer.value),
    );
  const shares = computeOptionShares(thirds, options, choices);
  return options.map((option) => ({ ...option, ...shares[option.id]! }));
}

function findFact(slug: string, factId: string) {
  return getArticle(slug)?.facts.find((fact) => fact.id === factId);
}
