import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupSqlite, restoreSqlite } from "./backup";
import { createDatabase } from "./client";
import { createTestDatabase, type TestDatabase } from "./testing";
import { createUser } from "./users";

describe("SQLite backup and restore", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("sqlite");
  });
  afterAll(() => test.drop());

  it("backs up while a client is connected and writing, and a restore brings the data back", async () => {
    const { db, target } = test;
    await createUser(db, {
      email: "kept@test.example",
      name: "残る",
      role: "student",
      password: "password-1",
    });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "jiji-backup-")), "backup.db");
    // Writes keep going during the backup; the copy is a consistent snapshot.
    await Promise.all([
      backupSqlite(db, target, file),
      createUser(db, { email: "during@test.example", name: "途中", role: "student", password: "password-2" }),
    ]);
    await expect(backupSqlite(db, target, file)).rejects.toThrow(/already exists/);
    await db.user.deleteMany({});
    await createUser(db, {
      email: "after@test.example",
      name: "後",
      role: "student",
      password: "password-3",
    });
    await db.$disconnect();

    restoreSqlite(target, file);
    const restored = await createDatabase(target);
    const emails = (await restored.user.findMany({ select: { email: true } })).map((user) => user.email);
    expect(emails).toContain("kept@test.example");
    expect(emails).not.toContain("after@test.example");
    await restored.$disconnect();
  });
});
