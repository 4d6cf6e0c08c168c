import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { guardForwardedHeaders, parseTrustedProxies } from "./forwarded-headers";

const CLAIMS = {
  "x-forwarded-for": "203.0.113.9",
  "x-forwarded-host": "evil.invalid",
  "x-forwarded-proto": "https",
  "x-real-ip": "203.0.113.9",
  forwarded: "for=203.0.113.9",
};

describe("guardForwardedHeaders", () => {
  it("drops every forwarded header from a peer that is not a configured proxy", () => {
    const headers: IncomingHttpHeaders = { host: "jiji.example", ...CLAIMS };
    guardForwardedHeaders(headers, "198.51.100.7", parseTrustedProxies(undefined));
    expect(headers).toEqual({ host: "jiji.example" });
  });

  it("believes a configured proxy, taking the right-most hop that is not itself a proxy", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.168.1.5, fd00::/8");
    const headers: IncomingHttpHeaders = {
      ...CLAIMS,
      "x-forwarded-for": "1.1.1.1, 203.0.113.9, 10.1.2.3",
    };
    guardForwardedHeaders(headers, "::ffff:192.168.1.5", trusted);
    expect(headers["x-forwarded-for"]).toBe("203.0.113.9"); // 1.1.1.1 is the client's own claim
    expect(headers["x-forwarded-proto"]).toBe("https");
    const fromV6: IncomingHttpHeaders = { "x-forwarded-for": "203.0.113.10" };
    guardForwardedHeaders(fromV6, "fd00::1", trusted);
    expect(fromV6["x-forwarded-for"]).toBe("203.0.113.10");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.internal")).toThrow(/"proxy.internal"/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(parseTrustedProxies(" , ").check("127.0.0.1")).toBe(false);
  });
});
