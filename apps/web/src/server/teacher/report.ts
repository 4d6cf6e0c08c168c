import "server-only";
import type { LocalizedText, QuestionType } from "@jiji/content";
import { describeResponse, findQuestion, getArticle, type Locale, type Question } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { isAttemptClosed } from "./attempt-rules";
import { type QuizSetView, toQuizSetView } from "./quiz-sets";

export type StudentRow = {
  studentId: string;
  name: string;
  email: string;
  /** Removed from the class after making an attempt: kept so the record stays complete. */
  isRemoved: boolean;
  status: "submitted" | "in-progress" | "not-started";
  /** 0..1 of the counted (best submitted) attempt. */
  score: number | null;
  correctCount: number | null;
  questionCount: number | null;
  timeTakenMs: number | null;
  attempts: number;
  submittedAt: Date | null;
};

export type QuestionRow = {
  questionId: string;
  /** 1-based order: the set's order for fixed sets, else by first appearance. */
  number: number;
  type: QuestionType;
  stem: LocalizedText;
  answered: number;
  /** Share of correct answers, 0..1 (classical item difficulty p). */
  facility: number | null;
  /** Upper-minus-lower 27% groups by total score: p(upper) − p(lower), −1..1. */
  discrimination: number | null;
  topWrongAnswer: { text: string; count: number; misconception: LocalizedText | null } | null;
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
  rosterSize: number;
  submittedCount: number;
  /** Five bins of 20 points: 0–19, 20–39, 40–59, 60–79, 80–100. */
  distribution: number[];
  averageScore: number | null;
  students: StudentRow[];
  questions: QuestionRow[];
  facts: FactRow[];
};

const UPPER_LOWER_SHARE = 0.27;

/**
 * Everything a teacher sees about one assignment, in four indexed queries (assignment, roster, attempts,
 * responses) whatever the class size; all statistics come from the one response query. Null when the
 * assignment is not this teacher's.
 */
export async function loadAssignmentReport(
  db: Database,
  teacherId: string,
  assignmentId: string,
  locale: Locale,
  now = new Date(),
): Promise<AssignmentReport | null> {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { teacherId }, quizSet: { teacherId } },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      classroom: { select: { id: true, name: true } },
      quizSet: true,
    },
  });
  if (!assignment) return null;
  const [memberships, attempts, responses] = await Promise.all([
    db.classMembership.findMany({
      where: { classroomId: assignment.classroom.id },
      select: { removedAt: true, student: { select: { id: true, name: true, email: true } } },
    }),
    db.attempt.findMany({
      where: { assignmentId },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        userId: true,
        startedAt: true,
        finishedAt: true,
        deadlineAt: true,
        score: true,
        correctCount: true,
        questionCount: true,
      },
    }),
    db.response.findMany({
      where: { attempt: { assignmentId } },
      select: {
        attemptId: true,
        questionId: true,
        response: true,
        isCorrect: true,
        score: true,
        timeTakenMs: true,
      },
    }),
  ]);

  const byAttempt = new Map<string, typeof responses>();
  for (const row of responses) {
    const list = byAttempt.get(row.attemptId) ?? [];
    list.push(row);
    byAttempt.set(row.attemptId, list);
  }
  const attemptsByStudent = new Map<string, typeof attempts>();
  for (const attempt of attempts) {
    const list = attemptsByStudent.get(attempt.userId) ?? [];
    list.push(attempt);
    attemptsByStudent.set(attempt.userId, list);
  }

  const students: StudentRow[] = [];
  const counted = new Map<string, { attemptId: string; score: number }>();
  for (const membership of memberships) {
    const mine = attemptsByStudent.get(membership.student.id) ?? [];
    if (membership.removedAt && mine.length === 0) continue;
    let best: { attempt: (typeof attempts)[number]; score: number; correct: number } | null = null;
    for (const attempt of mine) {
      if (!isAttemptClosed(attempt, now)) continue;
      const rows = byAttempt.get(attempt.id) ?? [];
      // An attempt that ran out of time is scored on what was answered in time.
      const score = attempt.score ?? rows.reduce((sum, row) => sum + row.score, 0) / attempt.questionCount;
      const correct = attempt.correctCount ?? rows.filter((row) => row.isCorrect).length;
      if (!best || score > best.score) best = { attempt, score, correct };
    }
    if (best) counted.set(membership.student.id, { attemptId: best.attempt.id, score: best.score });
    students.push({
      studentId: membership.student.id,
      name: membership.student.name,
      email: membership.student.email,
      isRemoved: membership.removedAt !== null,
      status: best ? "submitted" : mine.length > 0 ? "in-progress" : "not-started",
      score: best?.score ?? null,
      correctCount: best?.correct ?? null,
      questionCount: best?.attempt.questionCount ?? null,
      timeTakenMs: best
        ? (byAttempt.get(best.attempt.id) ?? []).reduce((sum, row) => sum + row.timeTakenMs, 0)
        : null,
      attempts: mine.length,
      submittedAt: best ? (best.attempt.finishedAt ?? best.attempt.deadlineAt) : null,
    });
  }
  students.sort((a, b) => a.name.localeCompare(b.name, "ja"));

  const scores = [...counted.values()].map((entry) => entry.score);
  const distribution = [0, 0, 0, 0, 0];
  for (const score of scores) distribution[Math.min(4, Math.floor(score * 5))]! += 1;

  // Upper and lower groups by total score, for the discrimination index.
  const ranked = [...counted.entries()].sort((a, b) => b[1].score - a[1].score);
  const groupSize = ranked.length >= 2 ? Math.max(1, Math.round(ranked.length * UPPER_LOWER_SHARE)) : 0;
  const upper = new Set(ranked.slice(0, groupSize).map(([, entry]) => entry.attemptId));
  const lower = new Set(ranked.slice(ranked.length - groupSize).map(([, entry]) => entry.attemptId));
  const countedAttempts = new Set([...counted.values()].map((entry) => entry.attemptId));

  const set = toQuizSetView(assignment.quizSet);
  const order = new Map((set.fixedQuestionIds ?? []).map((id, index) => [id, index]));
  type Tally = {
    question: Question;
    answered: number;
    correct: number;
    upper: [number, number];
    lower: [number, number];
    wrong: Map<string, { text: string; count: number; distractorFactId?: string }>;
  };
  const tallies = new Map<string, Tally>();
  const facts = new Map<string, { slug: string; answered: number; scoreSum: number }>();
  for (const row of responses) {
    if (!countedAttempts.has(row.attemptId)) continue;
    const question = findQuestion(row.questionId);
    if (!question) continue;
    let tally = tallies.get(row.questionId);
    if (!tally) {
      tally = { question, answered: 0, correct: 0, upper: [0, 0], lower: [0, 0], wrong: new Map() };
      tallies.set(row.questionId, tally);
      if (!order.has(row.questionId)) order.set(row.questionId, order.size);
    }
    tally.answered += 1;
    if (row.isCorrect) tally.correct += 1;
    if (upper.has(row.attemptId)) tally.upper = [tally.upper[0] + Number(row.isCorrect), tally.upper[1] + 1];
    if (lower.has(row.attemptId)) tally.lower = [tally.lower[0] + Number(row.isCorrect), tally.lower[1] + 1];
    if (!row.isCorrect) {
      const parsed = JSON.parse(row.response) as { type?: string; optionId?: string };
      const key = question.type === "single-choice" ? `option:${parsed.optionId}` : row.response;
      const entry = tally.wrong.get(key) ?? {
        text: describeResponse(question, parsed, locale),
        count: 0,
        distractorFactId:
          question.type === "single-choice"
            ? question.options.find((option) => option.id === parsed.optionId)?.distractorFactId
            : undefined,
      };
      entry.count += 1;
      tally.wrong.set(key, entry);
    }
    for (const factId of question.factIds) {
      const key = `${question.articleSlug}/${factId}`;
      const fact = facts.get(key) ?? { slug: question.articleSlug, answered: 0, scoreSum: 0 };
      fact.answered += 1;
      fact.scoreSum += row.score;
      facts.set(key, fact);
    }
  }

  const questions: QuestionRow[] = [...tallies.values()]
    .sort((a, b) => (order.get(a.question.id) ?? 0) - (order.get(b.question.id) ?? 0))
    .map((tally, index) => {
      const top = [...tally.wrong.values()].sort((a, b) => b.count - a.count)[0];
      const misconception = top?.distractorFactId
        ? (findFact(tally.question.articleSlug, top.distractorFactId)?.statement ?? null)
        : null;
      return {
        questionId: tally.question.id,
        number: index + 1,
        type: tally.question.type,
        stem: tally.question.stem,
        answered: tally.answered,
        facility: tally.answered ? tally.correct / tally.answered : null,
        discrimination:
          tally.upper[1] && tally.lower[1]
            ? tally.upper[0] / tally.upper[1] - tally.lower[0] / tally.lower[1]
            : null,
        topWrongAnswer: top ? { text: top.text, count: top.count, misconception } : null,
      };
    });

  const factRows: FactRow[] = [...facts.entries()]
    .map(([key, entry]) => {
      const factId = key.slice(entry.slug.length + 1);
      const fact = findFact(entry.slug, factId);
      return {
        factId,
        label: fact?.label ?? { ja: factId },
        statement: fact?.statement ?? { ja: factId },
        answered: entry.answered,
        mastery: entry.scoreSum / entry.answered,
      };
    })
    .sort((a, b) => a.mastery - b.mastery);

  return {
    assignment: {
      id: assignment.id,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      classroom: assignment.classroom,
    },
    quizSet: set,
    rosterSize: students.filter((student) => !student.isRemoved).length,
    submittedCount: counted.size,
    distribution,
    averageScore: scores.length ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null,
    students,
    questions,
    facts: factRows,
  };
}

function findFact(slug: string, factId: string) {
  return getArticle(slug)?.facts.find((fact) => fact.id === factId);
}
