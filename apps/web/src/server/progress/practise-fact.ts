import "server-only";
import { getArticle, getQuestionBank, SLUG_PATTERN, selectQuestions } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { z } from "zod";
import { createAttempt, newAttemptSeed } from "../quiz/create-attempt";
import { practicePool } from "../quiz/question-serving";

export const PRACTICE_QUESTIONS = 5;

export const practiseFactSchema = z.object({
  articleSlug: z.string().max(100).regex(SLUG_PATTERN),
  factId: z.string().max(100).regex(SLUG_PATTERN),
});
export type PractiseFactInput = z.infer<typeof practiseFactSchema>;

export type PractiseFactResult =
  | { ok: true; attemptId: string }
  | { ok: false; reason: "unknown-fact" | "no-questions" };

/** A short practice-mode quiz of questions about one fact (the "practise" link of a weak fact). */
export async function startFactPractice(
  db: Database,
  userId: string,
  input: PractiseFactInput,
): Promise<PractiseFactResult> {
  const article = getArticle(input.articleSlug);
  if (!article?.facts.some((fact) => fact.id === input.factId)) return { ok: false, reason: "unknown-fact" };
  const seed = newAttemptSeed();
  const bank = practicePool(getQuestionBank(article.slug)).filter((question) =>
    question.factIds.includes(input.factId),
  );
  const questions = selectQuestions(bank, { count: PRACTICE_QUESTIONS, seed });
  if (questions.length === 0) return { ok: false, reason: "no-questions" };
  const attemptId = await createAttempt(db, {
    userId,
    source: { kind: "fact-practice", articleSlug: article.slug, factId: input.factId },
    questionIds: questions.map((question) => question.id),
    seed,
  });
  return { ok: true, attemptId };
}
