import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTrustedProxies } from "./forwarded-headers";
import { hasMalformedPath, installRequestGuard } from "./request-guard";

type Answer = { status: number; headers: IncomingHttpHeaders; body: string };

describe("installRequestGuard", () => {
  // A plain Node server stands in for `next start`: the guard works on the socket, below any framework.
  const server = createServer((request, response) => response.end(JSON.stringify(request.headers)));
  let port = 0;
  beforeAll(async () => {
    installRequestGuard(parseTrustedProxies(undefined));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<Answer>((resolve, reject) => {
      httpRequest({ host: "127.0.0.1", port, path, headers }, (response) => {
        let body = "";
        response.on("data", (chunk) => {
          body += chunk;
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      })
        .on("error", reject)
        .end();
    });

  it("drops the forwarded headers a client sends about itself before the handler reads them", async () => {
    const answer = await get("/", {
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "evil.invalid",
      "x-forwarded-proto": "https",
      "x-real-ip": "203.0.113.9",
    });
    const seen = JSON.parse(answer.body) as IncomingHttpHeaders;
    expect(seen["x-forwarded-for"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBeUndefined();
    expect(seen["x-real-ip"]).toBeUndefined();
  });

  it("answers a path with a malformed %-escape with 400 and the security headers", async () => {
    for (const path of ["/articles/%E0%A4%A", "/api/auth/%ZZ", "/%"]) {
      const answer = await get(path);
      expect(answer.status).toBe(400);
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(answer.headers["x-frame-options"]).toBe("DENY");
      expect(answer.headers["content-security-policy"]).toContain("default-src 'none'");
    }
    expect((await get("/articles/%E3%83%AD?q=%ZZ")).status).toBe(200); // the query is Next's to parse
  });
});

describe("hasMalformedPath", () => {
  it.each([
    ["/articles/%E0%A4%A", true],
    ["/%", true],
    ["/a%2", true],
    ["/articles/%E3%83%AD%E3%82%B7%E3%82%A2", false],
    ["/signin?callbackUrl=%", false],
    [undefined, false],
  ])("%j → %j", (target, expected) => {
    expect(hasMalformedPath(target)).toBe(expected);
  });
});
