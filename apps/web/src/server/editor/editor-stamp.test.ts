// The editor stamp (how many editor articles were published, and the last change) is read once per request, however
// many callers bring the bank up to date: the session of a signed-in request, an article page and its metadata.
import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asSessionUser, makeUser, useTestDatabase } from "@/test/fixtures";
import type { SessionUser } from "../account-schemas";
import { currentSession } from "../auth/session";
import {
  syncPublishedEditorArticles,
  syncPublishedEditorArticlesForRequest,
} from "./published-editor-articles";

const request = vi.hoisted(() => ({
  memo: new Map<unknown, unknown>(),
  db: undefined as Database | undefined,
  user: null as SessionUser | null,
  stampReads: 0,
}));

// React's server `cache` keeps a function's answer for one request; here a request lasts until `newRequest()`.
vi.mock("react", async (importOriginal) => ({
  ...(await importOriginal<typeof import("react")>()),
  cache:
    <T>(fn: () => T) =>
    (): T => {
      if (!request.memo.has(fn)) request.memo.set(fn, fn());
      return request.memo.get(fn) as T;
    },
}));
vi.mock("@/server/auth/config", () => ({
  auth: async () => (request.user ? { user: request.user, expires: "" } : null),
}));
// The test database, with every read of the stamp (an aggregate over editor articles) counted.
vi.mock("@jiji/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@jiji/db")>()),
  getDatabase: async () =>
    new Proxy(request.db!, {
      get(db, property) {
        if (property !== "editorArticle") return Reflect.get(db, property);
        return new Proxy(db.editorArticle, {
          get(delegate, name) {
            if (name !== "aggregate") return Reflect.get(delegate, name);
            return (...args: Parameters<Database["editorArticle"]["aggregate"]>) => {
              request.stampReads++;
              return delegate.aggregate(...args);
            };
          },
        });
      },
    }),
}));

function newRequest(user: SessionUser | null) {
  request.memo.clear();
  request.user = user;
  request.stampReads = 0;
}

/** What a signed-in article page asks for: the session (the header, the page) and the bank for metadata and page. */
async function articlePageRequest() {
  const [session] = await Promise.all([
    currentSession(),
    syncPublishedEditorArticlesForRequest(),
    syncPublishedEditorArticlesForRequest(),
  ]);
  await currentSession();
  return session;
}

describe.each(testProviders())("the editor stamp on %s", (provider) => {
  let user: SessionUser;
  useTestDatabase(provider, (opened) => {
    request.db = opened;
  });
  beforeEach(async () => {
    user = asSessionUser(await makeUser(request.db!, "student"));
  });

  it("is read once for a signed-in article page, and again on the next request", async () => {
    newRequest(user);
    expect((await articlePageRequest())?.user).toEqual(user);
    expect(request.stampReads).toBe(1);
    newRequest(user);
    await articlePageRequest();
    expect(request.stampReads).toBe(1);
  });

  it("is read once for a signed-out article page", async () => {
    newRequest(null);
    expect(await articlePageRequest()).toBeNull();
    expect(request.stampReads).toBe(1);
  });

  it("is read again by an action that has just published, whatever the request read before", async () => {
    newRequest(user);
    await articlePageRequest();
    await syncPublishedEditorArticles();
    expect(request.stampReads).toBe(2);
  });
});
