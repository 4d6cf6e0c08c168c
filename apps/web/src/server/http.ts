import "server-only";
import { NextResponse } from "next/server";
import type { ApiErrorBody } from "./quiz/answer-types";

export const MAX_JSON_BODY_BYTES = 16 * 1024;

export function jsonError(status: number, code: string, message: string): NextResponse<ApiErrorBody> {
  return NextResponse.json(
    { error: { code, message } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/**
 * Mutating routes accept only same-origin browser requests: Sec-Fetch-Site when the browser sends it,
 * else the Origin header against the Host.
 */
export function isSameOriginRequest(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none";
  const origin = request.headers.get("origin");
  if (!origin) return true; // not a browser form or fetch (curl, tests); cookies still decide who it is
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; code: "malformed-body" | "body-too-large" };

/**
 * Reads a JSON body of bounded size without trusting Content-Length: a chunked body is read only up to the
 * limit, then the stream is cancelled, so a 64 MiB upload costs no more memory than a 16 KiB one.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, code: "body-too-large" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, code: "body-too-large" };
      }
      chunks.push(read.value);
    }
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(Buffer.concat(chunks))) };
  } catch {
    return { ok: false, code: "malformed-body" };
  }
}
