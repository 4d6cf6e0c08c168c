// Creates (for SQLite) and migrates the database named by DATABASE_URL.
import { resolveDatabaseTarget } from "../src/database-url";
import { migrateDatabase } from "../src/migrate";
import { runScript } from "./run-script";

runScript(async () => {
  const target = resolveDatabaseTarget();
  migrateDatabase(target);
  console.log(`migrated ${target.provider} database`);
});
