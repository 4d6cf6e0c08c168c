import type { Question } from "@jiji/content/server";
import { findQuestion } from "@jiji/content/server";
import { createDatabase, type Database, resolveDatabaseTarget } from "@jiji/db";
import { e2eServerEnv } from "./e2e-server-env";

let database: Promise<Database> | undefined;
/** The same database the e2e server uses (see playwright.config.ts), for reading what the app stored. */
export function e2eDatabase(): Promise<Database> {
  database ??= createDatabase(resolveDatabaseTarget(e2eServerEnv()));
  return database;
}

/** The server-side question (with its key) at a 1-based position of an attempt: what the test may know, the browser may not. */
export async function questionAt(attemptId: string, position: number): Promise<Question> {
  const db = await e2eDatabase();
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const questionId = (JSON.parse(attempt.questionIds) as string[])[position - 1];
  const question = questionId ? findQuestion(questionId) : undefined;
  if (!question) throw new Error(`attempt ${attemptId} has no question at ${position}`);
  return question;
}
