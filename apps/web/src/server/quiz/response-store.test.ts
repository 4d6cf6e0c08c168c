import { getQuestionBank } from "@jiji/content/server";
import { answerKeyResponse } from "@jiji/content/testing";
import { createUser, type Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/fixtures";
import { createAttemptReader, readAttempts } from "./attempt-reader";
import { createResponseWriter, type NewResponse, storeResponses } from "./response-store";
import { startAttempt } from "./start-attempt";
import { submitAnswer } from "./submit-answer";

const ARTICLE = "russia-north-korea-partnership";
const bank = getQuestionBank(ARTICLE);

describe.each(testProviders())("storing answers on %s", (provider) => {
  let db: Database;
  let userId: string;

  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  beforeAll(async () => {
    const created = await createUser(db, {
      email: "writer@test.example",
      name: "生徒",
      role: "student",
      password: "password-1",
    });
    if (!created.ok) throw new Error("could not create the test user");
    userId = created.user.id;
  });

  async function newAttempt(count: 5 | 20 = 20) {
    const started = await startAttempt(db, userId, {
      articleSlug: ARTICLE,
      count,
      types: ["true-false", "single-choice"],
      mode: "test",
    });
    if (!started.ok) throw new Error(started.reason);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    return { attemptId: attempt.id, questionIds: JSON.parse(attempt.questionIds) as string[] };
  }

  const answer = (
    attemptId: string,
    questionId: string,
    position: number,
    isCorrect = true,
  ): NewResponse => ({
    attemptId,
    userId,
    questionId,
    position,
    response: '{"type":"true-false","value":true}',
    isCorrect,
    score: Number(isCorrect),
    timeTakenMs: 100,
    createdAt: new Date("2026-11-29T10:00:00.123Z"),
  });

  it("writes a batch in one statement, skipping answers already stored and repeats within the batch", async () => {
    const { attemptId, questionIds } = await newAttempt();
    const [q0, q1, q2] = questionIds as [string, string, string];
    expect(await storeResponses(db, [answer(attemptId, q0, 0)])).toMatchObject([
      { status: "stored", answeredCount: 1 },
    ]);
    const outcomes = await storeResponses(db, [
      answer(attemptId, q1, 1, false),
      answer(attemptId, q0, 0, false), // already stored
      answer(attemptId, q1, 1, true), // the same question twice in one batch
      answer(attemptId, q2, 2),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["stored", "duplicate", "duplicate", "stored"]);
    expect(outcomes[0]).toMatchObject({ answeredCount: 3, createdAt: new Date("2026-11-29T10:00:00.123Z") });
    const rows = await db.response.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
    expect(rows.map((row) => [row.questionId, row.isCorrect])).toEqual([
      [q0, true],
      [q1, false],
      [q2, true],
    ]);
    // Read back through Prisma exactly as written (same timestamp encoding as Prisma's own writes).
    expect(rows[1]!.createdAt).toEqual(new Date("2026-11-29T10:00:00.123Z"));
  });

  it("group-commits concurrent answers and settles each only with its own outcome", async () => {
    const { attemptId, questionIds } = await newAttempt();
    const batchSizes: number[] = [];
    const writer = createResponseWriter(
      async () => db,
      (database, rows) => {
        batchSizes.push(rows.length);
        return storeResponses(database, rows);
      },
    );
    const writes = questionIds.map((questionId, position) =>
      writer.write(answer(attemptId, questionId, position)),
    );
    const replay = writer.write(answer(attemptId, questionIds[0]!, 0));
    const outcomes = await Promise.all([...writes, replay]);
    expect(outcomes.filter((outcome) => outcome.status === "stored")).toHaveLength(20);
    expect(outcomes.at(-1)).toEqual({ status: "duplicate" });
    expect(batchSizes.reduce((sum, size) => sum + size, 0)).toBe(21);
    expect(batchSizes.length).toBeLessThan(21); // they shared statements
    expect(await db.response.count({ where: { attemptId } })).toBe(20);
  });

  it("reads the attempts of answers arriving together with shared queries, each caller its own row", async () => {
    const attempts = await Promise.all([newAttempt(5), newAttempt(5), newAttempt(5)]);
    const batchSizes: number[] = [];
    const reader = createAttemptReader(
      async () => db,
      (database, ids) => {
        batchSizes.push(ids.length);
        return readAttempts(database, ids);
      },
    );
    const asked = [...attempts, ...attempts].map(({ attemptId }) => attemptId);
    const rows = await Promise.all([...asked.map((id) => reader.read(id)), reader.read("no-such-attempt")]);
    expect(rows.slice(0, -1).map((row) => row?.id)).toEqual(asked);
    expect(rows.at(-1)).toBeUndefined();
    expect(rows[0]).toMatchObject({
      userId,
      questionCount: 5,
      finishedAt: null,
      mode: "test",
      sessionVersion: 0,
    });
    expect(rows[0]!.questionIds).toEqual(attempts[0]!.questionIds);
    expect(batchSizes).toEqual([4]); // one query for the distinct ids of all seven reads
  });

  it("fails only the request whose row cannot be stored", async () => {
    const { attemptId, questionIds } = await newAttempt(5);
    const writer = createResponseWriter(async () => db);
    const good = writer.write(answer(attemptId, questionIds[0]!, 0));
    const orphan = writer.write(answer("no-such-attempt", questionIds[1]!, 1)); // violates the foreign key
    await expect(good).resolves.toMatchObject({ status: "stored" });
    await expect(orphan).rejects.toThrow();
    expect(await db.response.count({ where: { attemptId } })).toBe(1);
  });

  it("refuses an answer sent with a session issued before a password change, storing nothing", async () => {
    const { attemptId, questionIds } = await newAttempt(5);
    await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    const question = bank.find((candidate) => candidate.id === questionIds[0])!;
    const input = {
      attemptId,
      userId,
      questionId: question.id,
      response: answerKeyResponse(question),
      timeTakenMs: 1,
    };
    const stale = await submitAnswer(db, { ...input, sessionVersion: 0 }, "ja");
    expect(stale).toEqual({ ok: false, status: 401, code: "unauthenticated" });
    expect(await db.response.count({ where: { attemptId } })).toBe(0);
    const current = await submitAnswer(db, { ...input, sessionVersion: 1 }, "ja");
    expect(current.ok && current.result.status).toBe("recorded");
  });
});
