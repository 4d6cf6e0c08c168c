import path from "node:path";
import type { Question } from "@jiji/content/server";
import { findQuestion } from "@jiji/content/server";
import { createDatabase, type Database, resolveDatabaseTarget } from "@jiji/db";

const ROOT = path.resolve(import.meta.dirname, "../..");

let database: Promise<Database> | undefined;
/** The same database the e2e server uses (see playwright.config.ts), for reading what the app stored. */
export function e2eDatabase(): Promise<Database> {
  database ??= createDatabase(
    resolveDatabaseTarget({
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      JIJI_DATA_DIR: path.resolve(ROOT, process.env.E2E_DATA_DIR ?? "data/e2e"),
    }),
  );
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
