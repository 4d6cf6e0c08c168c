import { describe, expect, it } from "vitest";
import { MAX_JSON_BODY_BYTES, readJsonBody } from "./http";

/** A chunked upload without Content-Length that counts how much of it the server pulled. */
function endlessBody(chunkBytes: number, chunks: number) {
  const pulled = { chunks: 0 };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.chunks === chunks) return controller.close();
      pulled.chunks += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
  const request = new Request("http://localhost/api/x", {
    method: "POST",
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

describe("readJsonBody", () => {
  it("stops reading a chunked body without Content-Length at the limit", async () => {
    const { request, pulled } = endlessBody(4096, 16_384); // 64 MiB if read to the end
    expect(request.headers.get("content-length")).toBeNull();
    expect(await readJsonBody(request)).toEqual({ ok: false, code: "body-too-large" });
    expect(pulled.chunks).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES / 4096 + 2);
  });

  it("refuses a declared length over the limit before reading, and reads a small body", async () => {
    const declared = new Request("http://localhost/api/x", {
      method: "POST",
      body: "{}",
      headers: { "content-length": String(MAX_JSON_BODY_BYTES + 1) },
    });
    expect(await readJsonBody(declared)).toEqual({ ok: false, code: "body-too-large" });
    const small = new Request("http://localhost/api/x", { method: "POST", body: '{"answer":"ロシア"}' });
    expect(await readJsonBody(small)).toEqual({ ok: true, value: { answer: "ロシア" } });
    const broken = new Request("http://localhost/api/x", { method: "POST", body: "{" });
    expect(await readJsonBody(broken)).toEqual({ ok: false, code: "malformed-body" });
  });
});
