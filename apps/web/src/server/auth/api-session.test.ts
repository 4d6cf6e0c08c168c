import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { currentApiUser, requestLocale } from "./api-session";

const SECRET = "s".repeat(40);
const claims = {
  sub: "user-1",
  name: "花子",
  email: "hanako@example.com",
  role: "student",
  sessionVersion: 0,
};

async function requestWith(cookie: string) {
  return new Request("http://localhost/api/x", { headers: { cookie } });
}

describe("currentApiUser", () => {
  it("reads the user from a valid session cookie", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: "authjs.session-token" });
    const user = await currentApiUser(await requestWith(`other=1; authjs.session-token=${token}`), SECRET);
    expect(user).toEqual({
      id: "user-1",
      name: "花子",
      email: "hanako@example.com",
      role: "student",
      sessionVersion: 0,
    });
  });

  it("accepts the __Secure- cookie used over HTTPS", async () => {
    const name = "__Secure-authjs.session-token";
    const token = await encode({ token: claims, secret: SECRET, salt: name });
    expect(await currentApiUser(await requestWith(`${name}=${token}`), SECRET)).toMatchObject({
      id: "user-1",
    });
  });

  it("rejects a token signed with another secret, an expired token, a tampered token and no cookie", async () => {
    const foreign = await encode({ token: claims, secret: "x".repeat(40), salt: "authjs.session-token" });
    expect(await currentApiUser(await requestWith(`authjs.session-token=${foreign}`), SECRET)).toBeNull();
    const expired = await encode({
      token: claims,
      secret: SECRET,
      salt: "authjs.session-token",
      maxAge: -60,
    });
    expect(await currentApiUser(await requestWith(`authjs.session-token=${expired}`), SECRET)).toBeNull();
    const valid = await encode({ token: claims, secret: SECRET, salt: "authjs.session-token" });
    const tampered = `${valid.slice(0, -4)}AAAA`;
    expect(await currentApiUser(await requestWith(`authjs.session-token=${tampered}`), SECRET)).toBeNull();
    expect(await currentApiUser(await requestWith(""), SECRET)).toBeNull();
  });

  it("reads the session beside another site's cookie that is not valid %-encoding", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: "authjs.session-token" });
    const request = await requestWith(`promo=50%off; authjs.session-token=${token}; bad=%E0%A4%A`);
    expect(await currentApiUser(request, SECRET)).toMatchObject({ id: "user-1" });
    expect(
      requestLocale(new Request("http://localhost/api/x", { headers: { cookie: "promo=50%off" } })),
    ).toBe("ja");
  });

  it("rejects a token whose claims are not a Jiji session (unknown role)", async () => {
    const token = await encode({
      token: { ...claims, role: "admin" },
      secret: SECRET,
      salt: "authjs.session-token",
    });
    expect(await currentApiUser(await requestWith(`authjs.session-token=${token}`), SECRET)).toBeNull();
  });

  it("remembers a verified token only for that secret and only until it expires", async () => {
    const token = await encode({ token: claims, secret: SECRET, salt: "authjs.session-token", maxAge: 60 });
    const request = await requestWith(`authjs.session-token=${token}`);
    expect(await currentApiUser(request, SECRET)).toMatchObject({ id: "user-1" });
    expect(await currentApiUser(request, SECRET)).toMatchObject({ id: "user-1" }); // from memory
    expect(await currentApiUser(request, "y".repeat(40))).toBeNull();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 120_000); // past expiry and Auth.js's 15 s clock tolerance
      expect(await currentApiUser(request, SECRET)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("requestLocale", () => {
  it("reads the language cookie and falls back to Japanese", () => {
    const withCookie = (cookie: string) => new Request("http://localhost/api/x", { headers: { cookie } });
    expect(requestLocale(withCookie("NEXT_LOCALE=en"))).toBe("en");
    expect(requestLocale(withCookie("NEXT_LOCALE=fr"))).toBe("ja");
    expect(requestLocale(new Request("http://localhost/api/x"))).toBe("ja");
  });
});
