import "server-only";
import { randomBytes } from "node:crypto";
import {
  GENERATOR_VERSION,
  getArticle,
  getQuestionBank,
  SLUG_PATTERN,
  selectQuestions,
} from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { z } from "zod";
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
  const seed = randomBytes(8).toString("hex");
  const bank = practicePool(getQuestionBank(article.slug)).filter((question) =>
    question.factIds.includes(input.factId),
  );
  const questions = selectQuestions(bank, { count: PRACTICE_QUESTIONS, seed });
  if (questions.length === 0) return { ok: false, reason: "no-questions" };
  const attempt = await db.attempt.create({
    data: {
      userId,
      articleSlug: article.slug,
      source: "article",
      mode: "practice",
      seed,
      questionIds: JSON.stringify(questions.map((question) => question.id)),
      settings: JSON.stringify({ count: questions.length, factId: input.factId }),
      questionCount: questions.length,
      generatorVersion: GENERATOR_VERSION,
    },
    select: { id: true },
  });
  return { ok: true, attemptId: attempt.id };
}
