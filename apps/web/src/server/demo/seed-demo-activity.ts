import "server-only";
import {
  findQuestion,
  getArticles,
  QUESTION_TYPES,
  type Question,
  type QuizResponse,
} from "@jiji/content/server";
import { responseFor } from "@jiji/content/testing";
import { type Database, DEMO_ACCOUNTS } from "@jiji/db";
import { addDays, DEFAULT_TIME_ZONE, localDayKey, startOfLocalDay } from "@/lib/time-zone";
import { decodeQuestionIds } from "../quiz/question-ids";
import { startAttempt } from "../quiz/start-attempt";
import { submitAnswer } from "../quiz/submit-answer";
import { assignQuizSet } from "../teacher/assignments";
import { createClassroom } from "../teacher/classrooms";
import { joinClassroom } from "../teacher/join-classroom";
import { createQuizSet } from "../teacher/quiz-sets";
import { startAssignmentAttempt } from "../teacher/start-assignment-attempt";

// What `npm start` shows on a first visit: the demo accounts with a few weeks of real use, made through the
// app's own functions (grading, FSRS scheduling, class rules) with the clock moved back, so every page has
// something true to show. Not part of `db:seed`/`db:reset`: the browser tests start from empty accounts.

export const DEMO_CLASS_NAME = "3年A組（デモ）";
const DEMO_SET_TITLE = "ロシアと北朝鮮 確認テスト";

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** `hour` o'clock in the default time zone of progress and streaks (Tokyo), `daysAgo` local days before now. */
function localTime(now: Date, daysAgo: number, hour: number): Date {
  const day = addDays(localDayKey(now, DEFAULT_TIME_ZONE), -daysAgo);
  return new Date(startOfLocalDay(day, DEFAULT_TIME_ZONE).getTime() + hour * HOUR_MS);
}

export type DemoActivity = { status: "seeded" | "already-seeded"; answers: number };

/** Idempotent: a second run finds the demo class and changes nothing. */
export async function seedDemoActivity(db: Database, now = new Date()): Promise<DemoActivity> {
  const [teacher, hanako, taro] = await Promise.all(
    DEMO_ACCOUNTS.map((account) =>
      db.user.findUniqueOrThrow({ where: { email: account.email }, select: { id: true, role: true } }),
    ),
  );
  const existing = await db.classroom.findFirst({
    where: { teacherId: teacher!.id, name: DEMO_CLASS_NAME },
    select: { id: true },
  });
  if (existing) return { status: "already-seeded", answers: 0 };

  let answers = 0;
  // Hanako studies most evenings of the last three weeks and gets better; Taro has just begun.
  for (let daysAgo = 20; daysAgo >= 1; daysAgo--) {
    if (daysAgo % 4 === 3) continue;
    answers += await takeQuiz(db, hanako!.id, {
      at: localTime(now, daysAgo, 19),
      skill: 0.5 + (0.35 * (20 - daysAgo)) / 20,
      mode: daysAgo % 3 === 0 ? "test" : "practice",
      variant: daysAgo,
    });
  }
  for (const daysAgo of [3, 1]) {
    answers += await takeQuiz(db, taro!.id, {
      at: localTime(now, daysAgo, 17),
      skill: 0.6,
      mode: "practice",
      variant: 100 + daysAgo,
    });
  }
  // Today Hanako started a quiz and stopped after three answers: home offers to continue it.
  answers += await takeQuiz(db, hanako!.id, {
    at: new Date(now.getTime() - HOUR_MS),
    skill: 0.8,
    mode: "practice",
    variant: 0,
    stopAfter: 3,
  });

  answers += await seedDemoClass(db, { teacherId: teacher!.id, hanako: hanako!, taro: taro! }, now);
  return { status: "seeded", answers };
}

type QuizPlan = {
  at: Date;
  /** Share of answers that are right. */
  skill: number;
  mode: "practice" | "test";
  /** Picks the article and which answers are wrong, so a run is reproducible. */
  variant: number;
  stopAfter?: number;
};

async function takeQuiz(db: Database, userId: string, plan: QuizPlan): Promise<number> {
  const articles = getArticles();
  const started = await startAttempt(
    db,
    userId,
    {
      articleSlug: articles[plan.variant % articles.length]!.slug,
      count: 10,
      types: [...QUESTION_TYPES],
      mode: plan.mode,
    },
    { startedAt: plan.at },
  );
  if (!started.ok) throw new Error(`demo quiz could not start: ${started.reason}`);
  return answerAttempt(db, userId, started.attemptId, plan);
}

/** Answers an attempt's questions in order through submitAnswer, the clock moving on ~20 s per answer. */
async function answerAttempt(
  db: Database,
  userId: string,
  attemptId: string,
  plan: Omit<QuizPlan, "mode">,
): Promise<number> {
  const { questionIds } = await db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { questionIds: true },
  });
  const questions = decodeQuestionIds(questionIds).map((id) => findQuestion(id)!);
  const count = Math.min(plan.stopAfter ?? questions.length, questions.length);
  for (const [position, question] of questions.slice(0, count).entries()) {
    const timeTakenMs = 8_000 + ((position * 7_919 + plan.variant * 104_729) % 30_000);
    const isRight = ((position * 37 + plan.variant * 11) % 100) / 100 < plan.skill;
    const submitted = await submitAnswer(
      db,
      {
        attemptId,
        userId,
        sessionVersion: 0,
        questionId: question.id,
        response: demoResponse(question, isRight),
        timeTakenMs,
        now: new Date(plan.at.getTime() + (position + 1) * 20_000),
      },
      "ja",
    );
    if (!submitted.ok) throw new Error(`demo answer refused: ${submitted.code}`);
  }
  return count;
}

/** A wrong typed answer reads as a student's, not as a test fixture's. */
function demoResponse(question: Question, isRight: boolean): QuizResponse {
  if (question.type === "cloze" && !isRight) return { type: "cloze", text: "わからない" };
  return responseFor(question, isRight);
}

/** A class both students joined, a quiz set assigned to it this week; Taro has handed it in, Hanako not yet. */
async function seedDemoClass(
  db: Database,
  people: { teacherId: string; hanako: { id: string; role: string }; taro: { id: string; role: string } },
  now: Date,
): Promise<number> {
  const classroom = await createClassroom(db, people.teacherId, DEMO_CLASS_NAME, now);
  const { joinCode } = await db.classroom.findUniqueOrThrow({
    where: { id: classroom.id },
    select: { joinCode: true },
  });
  for (const student of [people.hanako, people.taro]) {
    const joined = await joinClassroom(db, student, joinCode, now);
    if (!joined.ok) throw new Error(`demo student could not join: ${joined.reason}`);
  }
  const set = await createQuizSet(db, people.teacherId, {
    title: DEMO_SET_TITLE,
    articleSlugs: [getArticles()[0]!.slug],
    sections: [],
    tags: [],
    kinds: [],
    types: ["single-choice", "true-false", "ordering", "numeric"],
    questionCount: 8,
    selection: "fixed",
    feedbackPolicy: "end",
    timeLimitMinutes: undefined,
    attemptsAllowed: 2,
  });
  if (!set.ok) throw new Error(`demo quiz set could not be made: ${set.reason}`);
  const assigned = await assignQuizSet(db, people.teacherId, {
    quizSetId: set.quizSetId,
    classroomId: classroom.id,
    opensAt: new Date(now.getTime() - 2 * DAY_MS),
    dueAt: new Date(now.getTime() + 5 * DAY_MS),
  });
  if (!assigned.ok) throw new Error(`demo assignment could not be made: ${assigned.reason}`);
  const handedIn = localTime(now, 1, 16);
  const started = await startAssignmentAttempt(db, people.taro.id, assigned.assignmentId, handedIn);
  if (!started.ok) throw new Error(`demo assignment could not start: ${started.reason}`);
  return answerAttempt(db, people.taro.id, started.attemptId, { at: handedIn, skill: 0.7, variant: 7 });
}
