import { getQuestionBank, type Question, toPublicQuestion } from "@jiji/content/server";
import { answerKeyResponse, responseFor } from "@jiji/content/testing";
import { createUser, type Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/fixtures";
import { closeAttemptIfDone } from "./finish-attempt";
import { storeResponses } from "./response-store";
import { startAttempt } from "./start-attempt";
import { submitAnswer } from "./submit-answer";

const ARTICLE = "russia-north-korea-partnership";
const bank = getQuestionBank(ARTICLE);

describe.each(testProviders())("submitAnswer on %s", (provider) => {
  let db: Database;
  let studentId: string;
  let otherStudentId: string;

  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  beforeAll(async () => {
    const student = await createUser(db, {
      email: "s1@test.example",
      name: "生徒1",
      role: "student",
      password: "password-1",
    });
    const other = await createUser(db, {
      email: "s2@test.example",
      name: "生徒2",
      role: "student",
      password: "password-2",
    });
    if (!student.ok || !other.ok) throw new Error("could not create test users");
    studentId = student.user.id;
    otherStudentId = other.user.id;
  });

  async function newAttempt(
    mode: "practice" | "test" = "practice",
    count: 5 | 10 | 20 = 5,
    userId = studentId,
  ) {
    const started = await startAttempt(db, userId, {
      articleSlug: ARTICLE,
      count,
      types: ["single-choice", "true-false", "cloze", "ordering", "matching", "numeric"],
      mode,
    });
    if (!started.ok) throw new Error(started.reason);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    const questions = (JSON.parse(attempt.questionIds) as string[]).map(
      (id) => bank.find((q) => q.id === id)!,
    );
    return { attemptId: started.attemptId, questions };
  }

  it("grades with the content package on the server and returns practice feedback", async () => {
    const { attemptId, questions } = await newAttempt("practice");
    const [first, second] = questions as [Question, Question];
    const right = await submitAnswer(
      db,
      {
        attemptId,
        userId: studentId,
        sessionVersion: 0,
        questionId: first.id,
        response: answerKeyResponse(first),
        timeTakenMs: 1200,
      },
      "ja",
    );
    expect(right).toMatchObject({
      ok: true,
      result: { status: "recorded", answeredCount: 1, isFinished: false },
    });
    expect(right.ok && right.result.feedback?.isCorrect).toBe(true);
    expect(right.ok && right.result.feedback?.citations.length).toBeGreaterThan(0);
    // The article sentence behind the question comes with the verdict, verbatim from the article's body.
    const evidence = right.ok ? (right.result.feedback?.evidence ?? []) : [];
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) {
      expect(first.factIds).toContain(item.factId);
      expect(item.paragraph).toContain(item.sentence);
    }

    const wrong = await submitAnswer(
      db,
      {
        attemptId,
        userId: studentId,
        sessionVersion: 0,
        questionId: second.id,
        response: responseFor(second, false),
        timeTakenMs: 900,
      },
      "ja",
    );
    expect(wrong.ok && wrong.result.feedback?.isCorrect).toBe(false);
    const rows = await db.response.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
    expect(rows.map((row) => [row.questionId, row.isCorrect, row.timeTakenMs])).toEqual([
      [first.id, true, 1200],
      [second.id, false, 900],
    ]);
  });

  it("gives no feedback in test mode until the results", async () => {
    const { attemptId, questions } = await newAttempt("test");
    const question = questions[0]!;
    const outcome = await submitAnswer(
      db,
      {
        attemptId,
        userId: studentId,
        sessionVersion: 0,
        questionId: question.id,
        response: answerKeyResponse(question),
        timeTakenMs: 10,
      },
      "ja",
    );
    expect(outcome).toEqual({
      ok: true,
      result: { status: "recorded", answeredCount: 1, total: 5, isFinished: false },
    });
  });

  it("stores exactly one row for 20 parallel submits of the same answer", async () => {
    const { attemptId, questions } = await newAttempt("practice");
    const question = questions[0]!;
    const input = {
      attemptId,
      userId: studentId,
      sessionVersion: 0,
      questionId: question.id,
      response: answerKeyResponse(question),
      timeTakenMs: 5,
    };
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => submitAnswer(db, input, "ja")));
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    const statuses = outcomes.map((outcome) => (outcome.ok ? outcome.result.status : "error"));
    expect(statuses.filter((status) => status === "recorded")).toHaveLength(1);
    expect(statuses.filter((status) => status === "already-recorded")).toHaveLength(19);
    expect(await db.response.count({ where: { attemptId } })).toBe(1);
  });

  it("a retry with a different answer keeps the first one", async () => {
    const { attemptId, questions } = await newAttempt("practice");
    const question = questions[0]!;
    const base = { attemptId, userId: studentId, sessionVersion: 0, questionId: question.id, timeTakenMs: 5 };
    await submitAnswer(db, { ...base, response: responseFor(question, false) }, "ja");
    const retry = await submitAnswer(db, { ...base, response: answerKeyResponse(question) }, "ja");
    expect(retry.ok && retry.result.status).toBe("already-recorded");
    expect(retry.ok && retry.result.feedback?.isCorrect).toBe(false);
    expect((await db.response.findMany({ where: { attemptId } })).map((row) => row.isCorrect)).toEqual([
      false,
    ]);
  });

  it("finishes the attempt with its score when the last answer is stored", async () => {
    const { attemptId, questions } = await newAttempt("test");
    let last: Awaited<ReturnType<typeof submitAnswer>> | undefined;
    for (const [index, question] of questions.entries()) {
      const response = index < 3 ? answerKeyResponse(question) : responseFor(question, false);
      last = await submitAnswer(
        db,
        {
          attemptId,
          userId: studentId,
          sessionVersion: 0,
          questionId: question.id,
          response,
          timeTakenMs: 1,
        },
        "ja",
      );
    }
    expect(last).toMatchObject({ ok: true, result: { answeredCount: 5, isFinished: true } });
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.finishedAt).not.toBeNull();
    expect(attempt.correctCount).toBe(3);
    expect(attempt.score).toBeGreaterThanOrEqual(0.6);
    expect(attempt.score).toBeLessThan(1);
  });

  it("finishes an attempt whose last answer was stored by a server that died before stamping it", async () => {
    const { attemptId, questions } = await newAttempt("test");
    const answeredAt = new Date("2026-01-05T10:00:00Z");
    // What a crash leaves behind: every answer stored, the attempt not stamped finished.
    await storeResponses(
      db,
      questions.map((question, position) => ({
        attemptId,
        userId: studentId,
        questionId: question.id,
        position,
        response: JSON.stringify(answerKeyResponse(question)),
        isCorrect: true,
        score: 1,
        timeTakenMs: 1,
        createdAt: answeredAt,
      })),
    );
    expect(await closeAttemptIfDone(db, attemptId)).toBe(true);
    const closed = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(closed).toMatchObject({ finishedAt: answeredAt, correctCount: 5, score: 1 });

    // The same state reached through the answer route: the student's retry of the last answer closes it.
    const retried = await newAttempt("test");
    const rows = retried.questions.map((question, position) => ({
      attemptId: retried.attemptId,
      userId: studentId,
      questionId: question.id,
      position,
      response: JSON.stringify(responseFor(question, position !== 0)),
      isCorrect: position !== 0,
      score: position !== 0 ? 1 : 0,
      timeTakenMs: 1,
      createdAt: answeredAt,
    }));
    await storeResponses(db, rows);
    const last = retried.questions.at(-1)!;
    const retry = await submitAnswer(
      db,
      {
        attemptId: retried.attemptId,
        userId: studentId,
        sessionVersion: 0,
        questionId: last.id,
        response: responseFor(last, true),
        timeTakenMs: 1,
      },
      "ja",
    );
    expect(retry).toMatchObject({ ok: true, result: { status: "already-recorded", isFinished: true } });
    const finished = await db.attempt.findUniqueOrThrow({ where: { id: retried.attemptId } });
    expect(finished.finishedAt).not.toBeNull();
    expect(finished.correctCount).toBe(4);
  });

  it("leaves an attempt with unanswered questions and time left open", async () => {
    const { attemptId } = await newAttempt("practice");
    expect(await closeAttemptIfDone(db, attemptId)).toBe(false);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).finishedAt).toBeNull();
  });

  it("rejects answers to a finished attempt and stores nothing", async () => {
    const { attemptId, questions } = await newAttempt("test");
    for (const question of questions) {
      await submitAnswer(
        db,
        {
          attemptId,
          userId: studentId,
          sessionVersion: 0,
          questionId: question.id,
          response: answerKeyResponse(question),
          timeTakenMs: 1,
        },
        "ja",
      );
    }
    const other = bank.find((question) => !questions.includes(question))!;
    const before = await db.response.count();
    expect(
      await submitAnswer(
        db,
        {
          attemptId,
          userId: studentId,
          sessionVersion: 0,
          questionId: other.id,
          response: answerKeyResponse(other),
          timeTakenMs: 1,
        },
        "ja",
      ),
    ).toEqual({ ok: false, status: 400, code: "question-not-in-attempt" });
    await db.response.deleteMany({ where: { attemptId, questionId: questions[0]!.id } });
    const late = await submitAnswer(
      db,
      {
        attemptId,
        userId: studentId,
        sessionVersion: 0,
        questionId: questions[0]!.id,
        response: answerKeyResponse(questions[0]!),
        timeTakenMs: 1,
      },
      "ja",
    );
    expect(late).toEqual({ ok: false, status: 409, code: "attempt-finished" });
    expect(await db.response.count()).toBe(before - 1);
  });

  it("treats another student's attempt as missing and stores nothing", async () => {
    const { attemptId, questions } = await newAttempt("practice", 5, otherStudentId);
    const question = questions[0]!;
    const outcome = await submitAnswer(
      db,
      {
        attemptId,
        userId: studentId,
        sessionVersion: 0,
        questionId: question.id,
        response: answerKeyResponse(question),
        timeTakenMs: 1,
      },
      "ja",
    );
    expect(outcome).toEqual({ ok: false, status: 404, code: "attempt-not-found" });
    expect(await db.response.count({ where: { attemptId } })).toBe(0);
  });

  it("rejects unknown questions and responses of the wrong type without storing", async () => {
    const { attemptId, questions } = await newAttempt("practice");
    const unknown = await submitAnswer(
      db,
      {
        attemptId,
        userId: studentId,
        sessionVersion: 0,
        questionId: "q-0000000000",
        response: { type: "true-false", value: true },
        timeTakenMs: 1,
      },
      "ja",
    );
    expect(unknown).toEqual({ ok: false, status: 400, code: "question-not-in-attempt" });
    const question = questions.find((q) => q.type !== "cloze")!;
    const wrongType = await submitAnswer(
      db,
      {
        attemptId,
        userId: studentId,
        sessionVersion: 0,
        questionId: question.id,
        response: { type: "cloze", text: "x" },
        timeTakenMs: 1,
      },
      "ja",
    );
    expect(wrongType).toEqual({ ok: false, status: 400, code: "invalid-response" });
    expect(await db.response.count({ where: { attemptId } })).toBe(0);
  });

  it("refuses answers after the attempt's deadline, stores nothing and closes the attempt", async () => {
    const { attemptId, questions } = await newAttempt("test");
    const deadline = new Date("2026-12-01T09:00:00Z");
    await db.attempt.update({ where: { id: attemptId }, data: { deadlineAt: deadline } });
    const answer = (question: Question, now: Date) =>
      submitAnswer(
        db,
        {
          attemptId,
          userId: studentId,
          sessionVersion: 0,
          questionId: question.id,
          response: answerKeyResponse(question),
          timeTakenMs: 1,
          now,
        },
        "ja",
      );
    const onTime = await answer(questions[0]!, new Date(deadline.getTime() - 1000));
    expect(onTime.ok && onTime.result.status).toBe("recorded");
    const late = await answer(questions[1]!, new Date(deadline.getTime() + 1));
    expect(late).toEqual({ ok: false, status: 409, code: "time-up" });
    expect(await db.response.count({ where: { attemptId } })).toBe(1);
    const closed = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(closed.finishedAt).toEqual(deadline);
    expect(closed.correctCount).toBe(1);
    expect(closed.score).toBeCloseTo(1 / 5);
    // A retry of the answer given in time still gets its result.
    const retry = await answer(questions[0]!, new Date(deadline.getTime() + 5000));
    expect(retry.ok && retry.result.status).toBe("already-recorded");
  });

  it("stores exactly the acknowledged answers of 100 students answering at once (each sent twice)", async () => {
    const students = Array.from({ length: 100 }, (_, i) => ({
      id: `load-${provider}-${i}`,
      email: `load-${i}@test.example`,
      name: `負荷${i}`,
      role: "student",
      passwordHash: "not-used",
    }));
    await db.user.createMany({ data: students });
    const attempts = await Promise.all(students.map((student) => newAttempt("test", 5, student.id)));
    const sends = students.flatMap((student, i) => {
      const { attemptId, questions } = attempts[i]!;
      const question = questions[i % questions.length]!;
      const input = {
        attemptId,
        userId: student.id,
        sessionVersion: 0,
        questionId: question.id,
        response: responseFor(question, i % 2 === 0),
        timeTakenMs: 1,
      };
      return [input, input];
    });
    const outcomes = await Promise.all(sends.map((input) => submitAnswer(db, input, "ja")));
    const acknowledged = new Set(
      sends.filter((_, i) => outcomes[i]!.ok).map((input) => `${input.attemptId}|${input.questionId}`),
    );
    const stored = await db.response.findMany({
      where: { attemptId: { in: attempts.map((attempt) => attempt.attemptId) } },
      select: { attemptId: true, questionId: true, isCorrect: true },
    });
    expect(acknowledged.size).toBe(100);
    expect(new Set(stored.map((row) => `${row.attemptId}|${row.questionId}`))).toEqual(acknowledged);
    expect(stored).toHaveLength(100);
    expect(stored.filter((row) => row.isCorrect).length).toBeGreaterThanOrEqual(50);
  });

  it("never puts the key into what the browser sees before answering", async () => {
    const { questions } = await newAttempt("practice", 20);
    for (const question of questions) {
      const json = JSON.stringify(toPublicQuestion(question, "seed"));
      expect(json).not.toMatch(/isCorrect|acceptedAnswers|correctPairs|answer|explanation|citations/);
    }
  });
});
