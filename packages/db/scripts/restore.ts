// Restores the SQLite database from a backup file (stop the app first): pnpm db:restore <file>
import path from "node:path";
import { restoreSqlite } from "../src/backup";
import { resolveDatabaseTarget } from "../src/database-url";
import { runScript } from "./run-script";

runScript(async () => {
  const source = process.argv[2];
  if (!source) throw new Error("usage: pnpm db:restore <backup file>");
  const target = resolveDatabaseTarget();
  restoreSqlite(target, path.resolve(source));
  console.log(`restored ${target.provider === "sqlite" ? target.filePath : ""} from ${source}`);
});
