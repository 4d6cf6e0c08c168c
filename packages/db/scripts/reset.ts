// Deletes every row and table, re-applies the migrations and seeds the demo data.
// PostgreSQL needs --yes, so a shared database is never wiped by accident.
import { rmSync } from "node:fs";
import { createDatabase } from "../src/client";
import { resolveDatabaseTarget } from "../src/database-url";
import { seedDemoData } from "../src/demo-data";
import { migrateDatabase } from "../src/migrate";
import { runScript } from "./run-script";

runScript(async () => {
  const target = resolveDatabaseTarget();
  if (target.provider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(target.filePath + suffix, { force: true });
  } else {
    if (!process.argv.includes("--yes")) {
      throw new Error("db:reset on PostgreSQL drops the whole public schema: run it again with --yes");
    }
    const db = await createDatabase(target);
    await db.$executeRawUnsafe("DROP SCHEMA public CASCADE");
    await db.$executeRawUnsafe("CREATE SCHEMA public");
    await db.$disconnect();
  }
  migrateDatabase(target);
  const db = await createDatabase(target);
  await seedDemoData(db);
  await db.$disconnect();
  console.log(`reset ${target.provider} database and seeded demo data`);
});
