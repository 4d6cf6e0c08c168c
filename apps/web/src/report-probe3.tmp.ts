import { createDatabase, resolveDatabaseTarget } from "@jiji/db";
import { loadAssignmentReport } from "./server/teacher/report";

const db = await createDatabase(
  resolveDatabaseTarget({ DATABASE_URL: "", JIJI_DATA_DIR: "../../data/bench-pages" }),
);
const teacher = await db.user.findFirstOrThrow({ where: { role: "teacher" } });
const a = await db.assignment.findFirstOrThrow({ where: { classroom: { name: "class-5" } } });
for (let i = 0; i < 300; i++) await loadAssignmentReport(db, teacher.id, a.id, "ja");
