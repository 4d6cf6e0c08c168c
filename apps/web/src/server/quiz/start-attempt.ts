import "server-only";
import { getArticle, getQuestionBank, selectQuestions } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { createAttempt, newAttemptSeed } from "./create-attempt";
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
  options: { startedAt?: Date } = {},
): Promise<StartAttemptResult> {
  if (!getArticle(input.articleSlug)) return { ok: false, reason: "unknown-article" };
  const seed = newAttemptSeed();
  const questions = selectQuestions(practicePool(getQuestionBank(input.articleSlug)), {
    count: input.count,
    types: input.types,
    seed,
  });
  if (questions.length === 0) return { ok: false, reason: "no-questions" };
  const attemptId = await createAttempt(db, {
    userId,
    source: {
      kind: "article",
      articleSlug: input.articleSlug,
      mode: input.mode,
      count: input.count,
      types: input.types,
    },
    questionIds: questions.map((question) => question.id),
    seed,
    startedAt: options.startedAt,
  });
  return { ok: true, attemptId };
}
