// POST /api/attempts/:attemptId/responses – grade one answer on the server and store it exactly once
import { getDatabase } from "@jiji/db";
import { NextResponse } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { currentApiUser } from "@/server/api-session";
import { isSameOriginRequest, jsonError, readJsonBody } from "@/server/http";
import { attemptIdSchema, submitAnswerBodySchema } from "@/server/quiz/quiz-schemas";
import { responseWriter } from "@/server/quiz/response-store";
import { submitAnswer } from "@/server/quiz/submit-answer";
import { reviewBatcher } from "@/server/review/review-batcher";

export async function POST(request: Request, context: RouteContext<"/api/attempts/[attemptId]/responses">) {
  const t = await getTranslations("quizErrors");
  if (!isSameOriginRequest(request)) return jsonError(403, "cross-site", t("cross-site"));
  const user = await currentApiUser(request);
  if (!user) return jsonError(401, "unauthenticated", t("unauthenticated"));

  const attemptId = attemptIdSchema.safeParse((await context.params).attemptId);
  if (!attemptId.success) return jsonError(404, "attempt-not-found", t("attempt-not-found"));
  const body = await readJsonBody(request);
  if (!body.ok) return jsonError(body.code === "body-too-large" ? 413 : 400, body.code, t(body.code));
  const parsed = submitAnswerBodySchema.safeParse(body.value);
  if (!parsed.success) return jsonError(400, "invalid-response", t("invalid-response"));

  const outcome = await submitAnswer(
    await getDatabase(),
    { attemptId: attemptId.data, userId: user.id, sessionVersion: user.sessionVersion, ...parsed.data },
    toLocale(await getLocale()),
    { storeResponse: responseWriter.write, enqueueReview: reviewBatcher.enqueue },
  );
  if (!outcome.ok) return jsonError(outcome.status, outcome.code, t(outcome.code));
  return NextResponse.json(outcome.result, { headers: { "cache-control": "no-store" } });
}
