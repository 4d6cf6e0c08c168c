import "server-only";
import { randomBytes } from "node:crypto";
import { GENERATOR_VERSION, getArticle, getQuestionBank, selectQuestions } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { practicePool } from "./question-serving";
import type { StartQuizInput } from "./quiz-schemas";

export type StartAttemptResult =
  | { ok: true; attemptId: string }
  | { ok: false; reason: "unknown-article" | "no-questions" };

/** Fixes the questions of a new attempt up front, so resuming after a reload or restart asks the same ones. */
export async function startAttempt(
  db: Database,
  userId: string,
  input: StartQuizInput,
): Promise<StartAttemptResult> {
  if (!getArticle(input.articleSlug)) return { ok: false, reason: "unknown-article" };
  const seed = randomBytes(8).toString("hex");
  const questions = selectQuestions(practicePool(getQuestionBank(input.articleSlug)), {
    count: input.count,
    types: input.types,
    seed,
  });
  if (questions.length === 0) return { ok: false, reason: "no-questions" };
  const attempt = await db.attempt.create({
    data: {
      userId,
      articleSlug: input.articleSlug,
      mode: input.mode,
      seed,
      questionIds: JSON.stringify(questions.map((question) => question.id)),
      settings: JSON.stringify({ count: input.count, types: input.types }),
      questionCount: questions.length,
      generatorVersion: GENERATOR_VERSION,
    },
    select: { id: true },
  });
  return { ok: true, attemptId: attempt.id };
}
