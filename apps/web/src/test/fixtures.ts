import { createUser, type Database, type Role } from "@jiji/db";
import { createTestDatabase, type TestDatabase, type testProviders } from "@jiji/db/testing";
import { afterAll, beforeAll } from "vitest";
import type { SessionUser } from "@/server/account-schemas";

// Shared setup of the database tests: one throwaway database per describe block, accounts, stored answers.

type Provider = ReturnType<typeof testProviders>[number];

/**
 * Creates a migrated database before the block's other beforeAll hooks (register it first) and drops it after;
 * `onOpen` receives the client, e.g. `useTestDatabase(provider, (opened) => { db = opened; })`.
 */
export function useTestDatabase(provider: Provider, onOpen: (db: Database) => void): void {
  let test: TestDatabase | undefined;
  beforeAll(async () => {
    test = await createTestDatabase(provider);
    onOpen(test.db);
  });
  afterAll(() => test?.drop());
}

let counter = 0;
/** A fresh account for a test; returns the session-shaped user. */
export async function makeUser(db: Database, role: Role, name = `${role}-${++counter}`) {
  const created = await createUser(db, {
    email: `${name}-${Date.now().toString(36)}-${++counter}@test.example`,
    name,
    role,
    password: "password-123",
  });
  if (!created.ok) throw new Error("could not create test user");
  return { id: created.user.id, role, name };
}

/** A made user as the session names it (what a mocked `auth()` answers for a signed-in test). */
export function asSessionUser(user: { id: string; role: Role; name: string }): SessionUser {
  return { ...user, email: `${user.name}@test.example`, sessionVersion: 0 };
}

export type StoredAnswer = {
  questionId: string;
  isCorrect: boolean;
  at: Date | string;
  timeTakenMs?: number;
  /** JSON of the response; "{}" when the test does not look at it. */
  response?: string;
};

/**
 * One practice attempt of an article (or across articles) with these answers stored at the given instants,
 * straight into the tables: for tests of what reads them (the quiz path itself is tested in submit-answer.test.ts).
 * A finished attempt is stamped at its last answer with its correct count.
 */
export async function storeAnsweredAttempt(
  db: Database,
  userId: string,
  answers: readonly StoredAnswer[],
  options: { articleSlug?: string | null; isFinished?: boolean } = {},
): Promise<string> {
  const correctCount = answers.filter((answer) => answer.isCorrect).length;
  const attempt = await db.attempt.create({
    data: {
      userId,
      articleSlug: options.articleSlug ?? null,
      mode: "practice",
      seed: "seed",
      questionIds: JSON.stringify(answers.map((answer) => answer.questionId)),
      settings: "{}",
      questionCount: answers.length,
      generatorVersion: "test",
      startedAt: new Date(answers[0]!.at),
      ...(options.isFinished
        ? { finishedAt: new Date(answers.at(-1)!.at), correctCount, score: correctCount / answers.length }
        : {}),
    },
    select: { id: true },
  });
  for (const [position, answer] of answers.entries()) {
    await db.response.create({
      data: {
        attemptId: attempt.id,
        userId,
        questionId: answer.questionId,
        position,
        response: answer.response ?? "{}",
        isCorrect: answer.isCorrect,
        score: answer.isCorrect ? 1 : 0,
        timeTakenMs: answer.timeTakenMs ?? 1000,
        createdAt: new Date(answer.at),
      },
    });
  }
  return attempt.id;
}
