import { createDatabase, resolveDatabaseTarget } from "@jiji/db";
import { loadProgress } from "./server/progress/load-progress";

const db = await createDatabase(
  resolveDatabaseTarget({ DATABASE_URL: "", JIJI_DATA_DIR: "../../data/bench-pages" }),
);
const u = await db.user.findUniqueOrThrow({ where: { email: process.argv[2]! } });
for (let i = 0; i < 200; i++) await loadProgress(db, u.id, new Date());
