import type { Instrumentation } from "next";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

type OnRequestError = Instrumentation.onRequestError;

const MAX_MESSAGE_LENGTH = 200;

/**
 * One JSON line per server error, to find it by the request id or by the digest the error page shows.
 * Only the method, the path without its query string and the message's first line are kept: never bodies,
 * cookies, other headers or stacks (a database error's later lines can quote the values it was given).
 */
export function serverErrorLogLine(
  error: unknown,
  request: Parameters<OnRequestError>[1],
  context: Parameters<OnRequestError>[2],
): string {
  const incomingId = request.headers[REQUEST_ID_HEADER];
  return JSON.stringify({
    level: "error",
    time: new Date().toISOString(),
    requestId: requestIdFrom(Array.isArray(incomingId) ? incomingId[0] : incomingId),
    method: request.method,
    path: request.path.split("?")[0],
    routeType: context.routeType,
    digest: digestOf(error),
    message: firstLine(error instanceof Error ? error.message : String(error)),
  });
}

function digestOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
}

function firstLine(text: string): string {
  const line = text.split("\n").find((candidate) => candidate.trim() !== "") ?? "";
  return line.trim().slice(0, MAX_MESSAGE_LENGTH);
}
