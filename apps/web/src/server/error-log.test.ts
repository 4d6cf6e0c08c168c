import { describe, expect, it } from "vitest";
import { serverErrorLogLine } from "./error-log";

const context = {
  routerKind: "App Router",
  routePath: "/teacher/classes/[classroomId]",
  routeType: "render",
  revalidateReason: undefined,
} as const;

function request(headers: Record<string, string | string[]> = {}) {
  return {
    method: "POST",
    path: "/teacher/classes/abc123?code=SECRETCODE&email=hanako@example.com",
    headers: {
      cookie: "authjs.session-token=secret-session",
      "x-request-id": "3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f809a1b",
      ...headers,
    },
  };
}

function databaseError() {
  return Object.assign(
    new Error(
      '\nInvalid `prisma.user.create()` invocation:\n\n{\n  data: {\n    email: "taro@example.com",\n' +
        '    passwordHash: "$argon2id$v=19$secret"\n  }\n}\n\nUnique constraint failed on the fields: (`email`)',
    ),
    { digest: "2841547913" },
  );
}

describe("serverErrorLogLine", () => {
  it("logs one JSON line with the request id, method, path, digest and the message's first line", () => {
    const line = serverErrorLogLine(databaseError(), request(), context);
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      level: "error",
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      requestId: "3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f809a1b",
      method: "POST",
      path: "/teacher/classes/abc123",
      routeType: "render",
      digest: "2841547913",
      message: "Invalid `prisma.user.create()` invocation:",
    });
  });

  it("never logs cookies, the query string, other people's data from the message, or the stack", () => {
    const line = serverErrorLogLine(databaseError(), request(), context);
    for (const secret of ["secret-session", "SECRETCODE", "hanako@", "taro@", "argon2", "error-log.test.ts"])
      expect(line).not.toContain(secret);
  });

  it("gives a request without a well-formed id a fresh one", () => {
    const line = JSON.parse(
      serverErrorLogLine(new Error("boom"), request({ "x-request-id": "bad id" }), context),
    );
    expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reads the first of repeated id headers and copes with thrown non-errors", () => {
    const line = JSON.parse(
      serverErrorLogLine(
        "plain string",
        request({ "x-request-id": ["first-id-123", "second-id-456"] }),
        context,
      ),
    );
    expect(line).toMatchObject({ requestId: "first-id-123", message: "plain string" });
    expect(line.digest).toBeUndefined();
  });

  it("caps a long first line", () => {
    const line = JSON.parse(serverErrorLogLine(new Error("x".repeat(5000)), request(), context));
    expect(line.message).toHaveLength(200);
  });
});
