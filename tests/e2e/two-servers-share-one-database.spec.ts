// Stateless web servers behind a load balancer: the suite's server and a second `next start` (E2E_PORT + 2) on the
// same database (SQLite, or PostgreSQL with E2E_DATABASE_URL). Each student's answers go to both servers at once,
// so the two servers' review batchers move the same student's FSRS cards concurrently (questions of one article
// share facts); then every answer is sent again to the other server with the opposite grade (a retry the load
// balancer routed elsewhere). Each answer is stored once, both servers report the stored one, and no answer misses
// its card update. Two submissions racing at the same instant meet the same unique constraint whichever process
// sends them (the route's own concurrency tests).
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
import { SEEDED_STUDENT_PASSWORD, seedStudentsWithAttempts } from "../support/seeded-students";

const STUDENTS = 10;
const QUESTIONS = 10;
const SUITE_SERVER = `http://127.0.0.1:${E2E_PORT}`;

test.setTimeout(120_000); // two servers and 200 answers on a busy 2-core runner

let second: RunningServer | undefined;

test.afterAll(async () => {
  await second?.stop();
});

type Sent = { server: string; attemptId: string; question: Question; isRight: boolean; cookie: string };
type Reply = { sent: Sent; status: string; isCorrect: boolean };

test("answers spread over two servers are each stored once, a resend to the other server reports the stored one, and every answer moves its cards", async () => {
  second = await startNextServer(E2E_PORT + 2, e2eServerEnv());
  const db = await e2eDatabase();
  const students = await seedStudentsWithAttempts(db, {
    students: STUDENTS,
    attemptsEach: 1,
    questionsEach: QUESTIONS,
    emailPrefix: `two-servers-${Date.now().toString(36)}`,
  });
  // Signed in on one server; the session (a JWT under the shared secret) holds on the other.
  const cookies = await Promise.all(
    students.map((student) => signInOverHttp(SUITE_SERVER, student.email, SEEDED_STUDENT_PASSWORD)),
  );
  const servers = [SUITE_SERVER, second.url];
  // Even questions to one server, odd to the other, all at once; some answers wrong, so the grades differ.
  const firsts: Sent[] = students.flatMap((student, s) =>
    student.attempts[0]!.questions.map((question, q) => ({
      attemptId: student.attempts[0]!.id,
      question,
      cookie: cookies[s]!,
      server: servers[q % 2]!,
      isRight: (s + q) % 3 !== 0,
    })),
  );
  const firstReplies = await Promise.all(firsts.map(submit));
  const resendReplies = await Promise.all(
    firsts.map((sent) =>
      submit({ ...sent, server: servers.find((url) => url !== sent.server)!, isRight: !sent.isRight }),
    ),
  );

  const stored = await db.response.findMany({
    where: { attemptId: { in: students.map((student) => student.attempts[0]!.id) } },
    select: { id: true, userId: true, attemptId: true, questionId: true, isCorrect: true },
  });
  const storedByPair = new Map(stored.map((row) => [`${row.attemptId} ${row.questionId}`, row]));
  expect(stored).toHaveLength(STUDENTS * QUESTIONS);
  expect(new Set(firstReplies.map((reply) => reply.status))).toEqual(new Set(["recorded"]));
  expect(new Set(resendReplies.map((reply) => reply.status))).toEqual(new Set(["already-recorded"]));
  firsts.forEach((sent, index) => {
    const row = storedByPair.get(`${sent.attemptId} ${sent.question.id}`);
    const label = `${sent.attemptId} ${sent.question.id}`;
    expect(row?.isCorrect, `${label}: the first answer is stored`).toBe(sent.isRight);
    expect(firstReplies[index]!.isCorrect, `${label}: graded on ${sent.server}`).toBe(sent.isRight);
    expect(resendReplies[index]!.isCorrect, `${label}: the other server reports the stored grade`).toBe(
      sent.isRight,
    );
  });
  expect(
    await db.attempt.count({
      where: { id: { in: [...new Set(stored.map((row) => row.attemptId))] }, finishedAt: null },
    }),
  ).toBe(0);

  // The tally both servers read progress from counts each stored answer once.
  const tallies = await db.questionTally.findMany({
    where: { userId: { in: students.map((student) => student.id) } },
    select: { userId: true, questionId: true, answered: true, correct: true },
  });
  expect(tallies.map((t) => `${t.userId} ${t.questionId} ${t.answered} ${t.correct}`).sort()).toEqual(
    stored.map((row) => `${row.userId} ${row.questionId} 1 ${row.isCorrect ? 1 : 0}`).sort(),
  );

  // Each server's review batcher moves the cards of the answers it stored, racing the other on the same cards.
  await expect
    .poll(
      async () => {
        const logged = new Set(
          (
            await db.reviewLog.findMany({
              where: { responseId: { in: stored.map((row) => row.id) } },
              select: { responseId: true },
            })
          ).map((log) => log.responseId),
        );
        return stored.filter((row) => !logged.has(row.id)).map((row) => row.questionId);
      },
      { message: "stored answers whose card update is missing", timeout: 20_000 },
    )
    .toEqual([]);
});

/** One POST to the answer route of the server the answer was sent to. */
async function submit(sent: Sent): Promise<Reply> {
  const { httpStatus, body } = await postAnswerOverHttp(sent.server, sent.cookie, {
    attemptId: sent.attemptId,
    questionId: sent.question.id,
    response: responseFor(sent.question, sent.isRight),
    timeTakenMs: 3000,
  });
  expect(httpStatus, `${sent.server}: ${JSON.stringify(body)}`).toBe(200);
  expect(body.feedback, "a practice answer comes back with its grade").toBeDefined();
  return { sent, status: body.status ?? "", isCorrect: body.feedback!.isCorrect };
}
