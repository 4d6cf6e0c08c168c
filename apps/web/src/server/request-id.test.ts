import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdFrom", () => {
  it.each([
    "3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f809a1b",
    "0123456789abcdef0123456789abcdef",
    "req_01HZX.a:b-c",
    "a".repeat(128),
  ])("keeps the well-formed incoming id %j", (incoming) => {
    expect(requestIdFrom(incoming)).toBe(incoming);
  });

  it.each([
    null,
    undefined,
    "",
    "short",
    "a".repeat(129),
    "has space inside",
    'quote"inside12',
    "line\nbreak-12345",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "リクエスト識別子です",
  ])("replaces %j with a fresh UUID", (incoming) => {
    const id = requestIdFrom(incoming);
    expect(id).toMatch(UUID);
    expect(id).not.toBe(incoming);
  });

  it("generates a different id each time", () => {
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });
});
