// Online backup of the SQLite database (safe while the app runs): pnpm db:backup [file]
import path from "node:path";
import { backupSqlite } from "../src/backup";
import { createDatabase } from "../src/client";
import { resolveDatabaseTarget, resolveDataDir } from "../src/database-url";
import { runScript } from "./run-script";

runScript(async () => {
  const target = resolveDatabaseTarget();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const destination = path.resolve(
    process.argv[2] ?? path.join(resolveDataDir(), "backups", `jiji-${stamp}.db`),
  );
  const db = await createDatabase(target);
  await import("node:fs").then((fs) => fs.mkdirSync(path.dirname(destination), { recursive: true }));
  await backupSqlite(db, target, destination);
  await db.$disconnect();
  console.log(`backed up to ${destination}`);
});
