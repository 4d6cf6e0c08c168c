// Server actions called by tests against a real database: the database, the signed-in person, and the Next.js and
// Auth.js APIs an action reaches, replaced here once for every action test.
//
// Import it FIRST, as a bare import, before anything that imports an action or @jiji/db:
//   import "@/test/action-mocks";
//   import { actionState, form, outcomeOf } from "@/test/action-mocks";
// Its vi.mock calls register when it runs, so a module imported before it keeps the real one (useActionDatabase
// checks that the actions see the test database).
import type { Database } from "@jiji/db";
import { beforeAll, expect, vi } from "vitest";
import type { FormState } from "@/components/form/form-state";
import type { SessionUser } from "@/server/account-schemas";

/** What the mocks answer: the database `getDatabase()` gives and the session's user (null: signed out). */
export const actionState: { db: Database | undefined; user: SessionUser | null } = {
  db: undefined,
  user: null,
};

/** What `redirect()` and `notFound()` throw here, so a test can tell where an action went. */
export class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

vi.mock("@jiji/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@jiji/db")>()),
  getDatabase: async () => actionState.db!,
}));
// The signed-in user is whoever the test says; the session check and role read run against the test database.
vi.mock("@/server/auth/config", () => ({
  auth: async () => (actionState.user ? { user: actionState.user, expires: "" } : null),
  signIn: vi.fn(),
  signOut: vi.fn(),
  TooManySignInAttempts: class TooManySignInAttempts extends Error {},
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ set: vi.fn() }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => key,
  getLocale: async () => "ja",
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: () => {
    throw new Redirect("404");
  },
}));

/**
 * Hands the block's test database to the actions (register after useTestDatabase), and fails at once if the mocks
 * came too late for the actions to see it (action-mocks imported after an action).
 */
export function useActionDatabase(database: () => Database): void {
  beforeAll(async () => {
    actionState.db = database();
    const { getDatabase } = await import("@jiji/db");
    expect(await getDatabase(), "import @/test/action-mocks before any action").toBe(actionState.db);
  });
}

/** A posted form: a list posts one entry per value, as a repeated field does. */
export function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

/** What an action did: the form state it returned, or where it redirected. */
export async function outcomeOf(call: () => Promise<FormState | undefined>) {
  try {
    return { state: await call() };
  } catch (error) {
    if (error instanceof Redirect) return { redirectedTo: error.url };
    throw error;
  }
}
