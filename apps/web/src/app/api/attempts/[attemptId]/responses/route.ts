// POST /api/attempts/:attemptId/responses – grade one answer on the server and store it exactly once
import { getDatabase } from "@jiji/db";
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { currentApiUser, requestLocale } from "@/server/auth/api-session";
import { isSameOriginRequest, jsonError, readJsonBody } from "@/server/http";
import { attemptReader } from "@/server/quiz/attempt-reader";
import { attemptIdSchema, submitAnswerBodySchema } from "@/server/quiz/quiz-schemas";
import { responseWriter } from "@/server/quiz/response-store";
import { submitAnswer } from "@/server/quiz/submit-answer";
import { reviewBatcher } from "@/server/review/review-batcher";

export async function POST(request: Request, context: RouteContext<"/api/attempts/[attemptId]/responses">) {
  const locale = requestLocale(request);
  // Messages are loaded only when something went wrong: the accepted answer is the hot path.
  const fail = async (status: number, code: string) =>
    jsonError(status, code, (await getTranslations({ locale, namespace: "quizErrors" }))(code));
  if (!isSameOriginRequest(request)) return fail(403, "cross-site");
  const user = await currentApiUser(request);
  if (!user) return fail(401, "unauthenticated");

  const attemptId = attemptIdSchema.safeParse((await context.params).attemptId);
  if (!attemptId.success) return fail(404, "attempt-not-found");
  const body = await readJsonBody(request);
  if (!body.ok) return fail(body.code === "body-too-large" ? 413 : 400, body.code);
  const parsed = submitAnswerBodySchema.safeParse(body.value);
  if (!parsed.success) return fail(400, "invalid-response");

  const outcome = await submitAnswer(
    await getDatabase(),
    { attemptId: attemptId.data, userId: user.id, sessionVersion: user.sessionVersion, ...parsed.data },
    locale,
    {
      readAttempt: attemptReader.read,
      storeResponse: responseWriter.write,
      enqueueReview: reviewBatcher.enqueue,
    },
  );
  if (!outcome.ok) return fail(outcome.status, outcome.code);
  // no-transform: a result of a kilobyte or two is not worth gzipping on the busiest route (Next skips it).
  return NextResponse.json(outcome.result, { headers: { "cache-control": "no-store, no-transform" } });
}
