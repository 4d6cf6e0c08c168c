import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "./demo-data";
import { verifyPassword } from "./passwords";
import { PROVIDERS } from "./provider-schemas";
import { createTestDatabase, type TestDatabase, testProviders } from "./testing";
import { createUser, type NewUser } from "./users";

const HANAKO = {
  email: "hanako@example.com",
  name: "佐藤 花子",
  role: "student",
  password: "sakura-2026",
} as const;

for (const provider of PROVIDERS) {
  describe.skipIf(!testProviders().includes(provider))(`users on ${provider}`, () => {
    let testDb: TestDatabase | undefined;
    const db = () => testDb!.db;

    beforeAll(async () => {
      testDb = await createTestDatabase(provider);
    });
    afterAll(async () => {
      await testDb?.drop();
    });
    beforeEach(async () => {
      await db().user.deleteMany();
    });

    it("createUser stores the normalised email, the trimmed name and an argon2id hash, not the password", async () => {
      const result = await createUser(db(), {
        ...HANAKO,
        email: "  Ｈａｎａｋｏ@Example.COM ",
        name: "  佐藤 花子 ",
      });

      expect(result).toEqual({
        ok: true,
        user: { id: expect.any(String), email: "hanako@example.com", name: "佐藤 花子", role: "student" },
      });
      const stored = await db().user.findUniqueOrThrow({ where: { email: "hanako@example.com" } });
      expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(stored.passwordHash).not.toContain(HANAKO.password);
      expect(stored.sessionVersion).toBe(0);
    });

    it("createUser refuses an email differing only in case, width or spaces, and keeps one account", async () => {
      expect((await createUser(db(), HANAKO)).ok).toBe(true);

      for (const email of [
        "HANAKO@example.com",
        "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｃｏｍ",
        " hanako@EXAMPLE.com\t",
      ]) {
        expect(await createUser(db(), { ...HANAKO, email, name: "別人" })).toEqual({
          ok: false,
          reason: "email-taken",
        });
      }
      expect(await db().user.findMany({ select: { email: true, name: true } })).toEqual([
        { email: "hanako@example.com", name: "佐藤 花子" },
      ]);
    });

    it("ten concurrent sign-ups with one email create exactly one account and report nine as taken", async () => {
      const signUps: NewUser[] = Array.from({ length: 10 }, (_, i) => ({
        ...HANAKO,
        email: i % 2 === 0 ? "Race@Example.com" : "ｒａｃｅ@example.com",
        name: `racer ${i}`,
      }));

      const results = await Promise.all(signUps.map((input) => createUser(db(), input)));

      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.ok)).toEqual(
        Array.from({ length: 9 }, () => ({ ok: false, reason: "email-taken" })),
      );
      expect(await db().user.count({ where: { email: "race@example.com" } })).toBe(1);
      expect(await db().user.count()).toBe(1);
    });

    it("verifyPassword accepts the stored password and rejects any other", async () => {
      await createUser(db(), HANAKO);
      const { passwordHash } = await db().user.findUniqueOrThrow({ where: { email: HANAKO.email } });

      expect(await verifyPassword(passwordHash, HANAKO.password)).toBe(true);
      expect(await verifyPassword(passwordHash, "sakura-2025")).toBe(false);
      expect(await verifyPassword(passwordHash, "")).toBe(false);
      expect(await verifyPassword("not-a-hash", HANAKO.password)).toBe(false);
    });

    it("seedDemoData run twice leaves exactly the three demo accounts, each able to sign in", async () => {
      await seedDemoData(db());
      await seedDemoData(db());

      const users = await db().user.findMany({ orderBy: { email: "asc" } });
      const expected = [...DEMO_ACCOUNTS].sort((a, b) => a.email.localeCompare(b.email));
      expect(users.map(({ email, name, role }) => ({ email, name, role }))).toEqual(
        expected.map(({ email, name, role }) => ({ email, name, role })),
      );
      for (const [i, user] of users.entries()) {
        expect(await verifyPassword(user.passwordHash, expected[i]!.password)).toBe(true);
      }
      expect(users.filter((user) => user.isEditor).map((user) => user.email)).toEqual([
        "teacher@jiji.example",
      ]);
    });
  });
}
