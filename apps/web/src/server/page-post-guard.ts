import { isSameOriginRequest } from "./http";

/** Next.js's own serverActions.bodySizeLimit (1 MB); past it Next throws, which would be a 500. */
export const MAX_PAGE_POST_BYTES = 1024 * 1024;

/**
 * A POST to a page is a server action. One that Next.js would refuse with a 500 (another origin, a body over its
 * limit) is refused here first with the right 4xx; a body of unknown length is refused too, since only its
 * declared length can be checked without reading it (browsers always declare it for forms and fetch).
 */
export function pagePostRefusal(request: Request): { status: number; message: string } | undefined {
  if (!isSameOriginRequest(request))
    return {
      status: 403,
      message: "別のサイトからの送信は受け付けません / Cross-site form posts are refused",
    };
  const length = request.headers.get("content-length");
  if (length === null) return { status: 411, message: "送信の長さが必要です / A Content-Length is required" };
  if (!(Number(length) <= MAX_PAGE_POST_BYTES))
    return { status: 413, message: "送信内容が大きすぎます / The form post is too large" };
  return undefined;
}
