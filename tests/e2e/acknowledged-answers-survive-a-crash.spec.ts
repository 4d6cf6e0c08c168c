// Issue #8 "no lost answers", over HTTP: 100 students answer at once, and the stored rows are exactly the
// acknowledged answers; the server is killed with SIGKILL in the middle of that load, restarted on the same
// database, and still has every acknowledged answer. The spec starts (and kills) its own `next start` on
// E2E_PORT + 1, against the suite's database: SQLite, or PostgreSQL with E2E_DATABASE_URL.
import type { Question } from "@jiji/content/server";
import { responseFor } from "@jiji/content/testing";
import { expect, test } from "@playwright/test";
import {
  postAnswerOverHttp,
  type RunningServer,
  signInOverHttp,
  startNextServer,
} from "../bench/next-server";
import { e2eDatabase } from "../support/database";
import { E2E_PORT, e2eServerEnv } from "../support/e2e-server-env";
import {
  SEEDED_STUDENT_PASSWORD,
  type SeededStudent,
  seedStudentsWithAttempts,
} from "../support/seeded-students";

const STUDENTS = 100;
const QUESTIONS = 5; // per attempt: the shortest quiz the app offers
const PORT = E2E_PORT + 1;

test.setTimeout(90_000); // about 15 s and 30 s on a busy 2-core runner

type Answer = { attemptId: string; question: Question; isRight: boolean; cookie: string };
type Outcome = { answer: Answer; acknowledged?: { isCorrect: boolean }; failure?: string };

let server: RunningServer;
/** Signed in once for both tests (a JWT session outlives a restart): attempt 0 for the first, 1 for the second. */
let students: (SeededStudent & { cookie: string })[];

test.beforeAll(async () => {
  test.setTimeout(60_000); // 100 argon2 verifications on a shared runner
  server = await startServer();
  const seeded = await seedStudentsWithAttempts(await e2eDatabase(), {
    students: STUDENTS,
    attemptsEach: 2,
    questionsEach: QUESTIONS,
    emailPrefix: `answers-${Date.now().toString(36)}`,
  });
  students = await Promise.all(
    seeded.map(async (student) => ({
      ...student,
      cookie: await signInOverHttp(server.url, student.email, SEEDED_STUDENT_PASSWORD),
    })),
  );
});

test.afterAll(async () => {
  if (server) await kill(server);
});

test("100 students answering at once: the stored answers are exactly the acknowledged ones", async () => {
  const sheets = answerSheets(0);
  const outcomes = await answerAtOnce(sheets);

  expect(outcomes.filter((outcome) => outcome.failure).map(describeFailure)).toEqual([]);
  expect(outcomes).toHaveLength(STUDENTS * QUESTIONS);
  expect(await storedRows(sheets)).toEqual(acknowledgedRows(outcomes));
});

test("a server killed with SIGKILL mid-load has every acknowledged answer after a restart", async () => {
  const sheets = answerSheets(1);
  const total = STUDENTS * QUESTIONS;
  let killing: Promise<NodeJS.Signals | null> | undefined;
  const beforeCrash = await answerAtOnce(sheets, (acknowledgedSoFar) => {
    if (acknowledgedSoFar === Math.round(total / 3)) killing = kill(server);
  });
  expect(await killing, "killed once a third was acknowledged").toBe("SIGKILL");
  const acknowledged = acknowledgedRows(beforeCrash);
  expect(acknowledged.length).toBeGreaterThanOrEqual(Math.round(total / 3));
  expect(acknowledged.length, "the kill interrupted the load").toBeLessThan(total);

  server = await startServer(); // which first checks that the killed process no longer listens
  const afterRestart = new Set(await storedRows(sheets));
  expect(acknowledged.filter((row) => !afterRestart.has(row))).toEqual([]);
  // The kill also dropped the FSRS updates the review batcher still held; the restart applies them.
  expect(await answersWithoutReviewLog(sheets), "stored answers whose card update is missing").toEqual([]);

  // Every student carries on: what was never acknowledged is sent again (some of it may have been stored
  // just before the kill), and every attempt ends complete, with exactly one row per question.
  const acknowledgedAnswers = new Set(beforeCrash.filter(isAcknowledged).map((outcome) => outcome.answer));
  const resent = await answerAtOnce(
    sheets.map((sheet) => sheet.filter((answer) => !acknowledgedAnswers.has(answer))),
  );
  expect(resent.filter((outcome) => outcome.failure).map(describeFailure)).toEqual([]);
  const everyRow = acknowledgedRows([...beforeCrash, ...resent]);
  expect(everyRow).toHaveLength(total);
  expect(await storedRows(sheets)).toEqual(everyRow);
  const attemptIds = sheets.map((sheet) => sheet[0]!.attemptId);
  const db = await e2eDatabase();
  expect(await db.attempt.count({ where: { id: { in: attemptIds }, finishedAt: null } })).toBe(0);
});

async function startServer(): Promise<RunningServer> {
  const url = `http://127.0.0.1:${PORT}`;
  const isTaken = await fetch(url).then(
    () => true,
    () => false,
  );
  // Else the readiness check could see another server (or one this spec failed to kill).
  expect(isTaken, `nothing may listen on ${url} yet`).toBe(false);
  return startNextServer(PORT, e2eServerEnv());
}

/** SIGKILL, no graceful shutdown: the database is all that counts; resolves with the signal that ended it. */
function kill(running: RunningServer): Promise<NodeJS.Signals | null> {
  const child = running.process;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.signalCode);
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once("exit", (_code, signal) => resolve(signal)),
  );
  child.kill("SIGKILL");
  return exited;
}

/** Each student's answers to their attempt, in order; some deliberately wrong, so stored grades differ. */
function answerSheets(attempt: number): Answer[][] {
  return students.map((student, s) => {
    const { id, questions } = student.attempts[attempt]!;
    return questions.map((question, q) => ({
      attemptId: id,
      question,
      isRight: (s + q) % 3 !== 0,
      cookie: student.cookie,
    }));
  });
}

/** All students at once, each sending their answers one after another and stopping at the first failure. */
async function answerAtOnce(
  sheets: Answer[][],
  onAcknowledged: (acknowledgedSoFar: number) => void = () => {},
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let acknowledged = 0;
  await Promise.all(
    sheets.map(async (sheet) => {
      for (const answer of sheet) {
        const outcome = await submit(answer);
        outcomes.push(outcome);
        if (!outcome.acknowledged) return;
        onAcknowledged(++acknowledged);
      }
    }),
  );
  return outcomes;
}

/** One POST to the answer route; acknowledged only by a complete 200 response saying the answer is stored. */
async function submit(answer: Answer): Promise<Outcome> {
  try {
    const { httpStatus, body } = await postAnswerOverHttp(server.url, answer.cookie, {
      attemptId: answer.attemptId,
      questionId: answer.question.id,
      response: responseFor(answer.question, answer.isRight),
      timeTakenMs: 3000,
    });
    if (httpStatus === 200 && (body.status === "recorded" || body.status === "already-recorded")) {
      return { answer, acknowledged: { isCorrect: body.feedback!.isCorrect } };
    }
    return { answer, failure: `HTTP ${httpStatus} ${JSON.stringify(body)}` };
  } catch (error) {
    return { answer, failure: String((error as Error).cause ?? error) };
  }
}

function isAcknowledged(outcome: Outcome): outcome is Required<Pick<Outcome, "acknowledged">> & Outcome {
  return outcome.acknowledged !== undefined;
}

const row = (attemptId: string, questionId: string, isCorrect: boolean) =>
  `${attemptId} ${questionId} ${isCorrect ? "right" : "wrong"}`;

/** "attempt question right|wrong" per acknowledged answer, sorted, so that sets compare with one toEqual. */
function acknowledgedRows(outcomes: Outcome[]): string[] {
  return outcomes
    .filter(isAcknowledged)
    .map(({ answer, acknowledged }) => {
      expect(acknowledged.isCorrect, "graded as sent").toBe(answer.isRight);
      return row(answer.attemptId, answer.question.id, acknowledged.isCorrect);
    })
    .sort();
}

/** The same rows as the database holds them for these attempts (a duplicate would show twice). */
async function storedRows(sheets: Answer[][]): Promise<string[]> {
  const db = await e2eDatabase();
  const stored = await db.response.findMany({
    where: { attemptId: { in: sheets.map((sheet) => sheet[0]!.attemptId) } },
    select: { attemptId: true, questionId: true, isCorrect: true },
  });
  return stored.map((r) => row(r.attemptId, r.questionId, r.isCorrect)).sort();
}

/** Stored answers to these attempts that moved no FSRS card (every question here tests at least one fact). */
async function answersWithoutReviewLog(sheets: Answer[][]): Promise<string[]> {
  const db = await e2eDatabase();
  const stored = await db.response.findMany({
    where: { attemptId: { in: sheets.map((sheet) => sheet[0]!.attemptId) } },
    select: { id: true, questionId: true },
  });
  const logged = await db.reviewLog.findMany({
    where: { responseId: { in: stored.map((response) => response.id) } },
    select: { responseId: true },
  });
  const withLog = new Set(logged.map((log) => log.responseId));
  return stored.filter((response) => !withLog.has(response.id)).map((response) => response.questionId);
}

function describeFailure(outcome: Outcome): string {
  return `${outcome.answer.attemptId} ${outcome.answer.question.id}: ${outcome.failure}`;
}
