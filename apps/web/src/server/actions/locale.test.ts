import { afterEach, describe, expect, it, vi } from "vitest";
import { setLocaleAction } from "./locale";

const jar = vi.hoisted(() => ({ set: vi.fn(), headers: new Headers() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ set: jar.set }),
  headers: async () => jar.headers,
}));

const choose = (locale: string) => {
  const form = new FormData();
  form.set("locale", locale);
  return setLocaleAction(form);
};

describe("setLocaleAction", () => {
  afterEach(() => jar.set.mockReset());

  it("marks the language cookie Secure when the request came over TLS", async () => {
    jar.headers = new Headers({ "x-forwarded-proto": "https" });
    await choose("en");
    expect(jar.set).toHaveBeenCalledWith(
      "NEXT_LOCALE",
      "en",
      expect.objectContaining({ secure: true, httpOnly: true }),
    );
  });

  it("leaves it without Secure over plain HTTP (local use), and ignores an unknown language", async () => {
    jar.headers = new Headers({ "x-forwarded-proto": "http" });
    await choose("ja");
    expect(jar.set).toHaveBeenCalledWith("NEXT_LOCALE", "ja", expect.objectContaining({ secure: false }));
    jar.set.mockReset();
    await choose("fr");
    expect(jar.set).not.toHaveBeenCalled();
  });
});
