import { describe, expect, it } from "vitest";
import { MAX_PAGE_POST_BYTES, pagePostRefusal } from "./page-post-guard";

const post = (headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/signin", {
    method: "POST",
    headers: { host: "127.0.0.1:3000", ...headers },
  });

describe("pagePostRefusal", () => {
  it("lets a same-origin form post of declared, bounded length through", () => {
    expect(
      pagePostRefusal(post({ origin: "http://127.0.0.1:3000", "content-length": "120" })),
    ).toBeUndefined();
    expect(
      pagePostRefusal(post({ "sec-fetch-site": "same-origin", "content-length": "120" })),
    ).toBeUndefined();
  });

  it.each([
    [{ origin: "http://evil.invalid", "content-length": "10" }, 403],
    [{ "sec-fetch-site": "cross-site", "content-length": "10" }, 403],
    [{ origin: "http://127.0.0.1:3000", "content-length": String(MAX_PAGE_POST_BYTES + 1) }, 413],
    [{ origin: "http://127.0.0.1:3000", "content-length": "lots" }, 413],
    [{ origin: "http://127.0.0.1:3000" }, 411],
  ])("refuses %j with %i", (headers, status) => {
    expect(pagePostRefusal(post(headers))?.status).toBe(status);
  });
});
