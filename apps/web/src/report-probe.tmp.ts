import { createDatabase, resolveDatabaseTarget } from "@jiji/db";
import { loadAssignmentReport } from "./server/teacher/report";

const db = await createDatabase(
  resolveDatabaseTarget({ DATABASE_URL: "", JIJI_DATA_DIR: "../../data/bench-pages" }),
);
const teacher = await db.user.findFirstOrThrow({ where: { role: "teacher" } });
const assignments = await db.assignment.findMany({ include: { classroom: true } });
for (const a of assignments) {
  for (let i = 0; i < 5; i++) await loadAssignmentReport(db, teacher.id, a.id, "ja");
  const c0 = process.cpuUsage();
  for (let i = 0; i < 20; i++) await loadAssignmentReport(db, teacher.id, a.id, "ja");
  const c = process.cpuUsage(c0);
  console.log(a.classroom.name, "report cpu ms", ((c.user + c.system) / 1000 / 20).toFixed(1));
}
