import { createDatabase, resolveDatabaseTarget } from "@jiji/db";
import { loadAnswerStats } from "./server/progress/answer-stats";
import { loadProgress } from "./server/progress/load-progress";
import { loadStudyActivity } from "./server/progress/study-activity";

const db = await createDatabase(
  resolveDatabaseTarget({ DATABASE_URL: "", JIJI_DATA_DIR: "../../data/bench-pages" }),
);
const now = new Date();
async function cpu(label: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await f();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) await f();
  const c = process.cpuUsage(c0);
  console.log(
    label.padEnd(30),
    "cpu",
    ((c.user + c.system) / 1000 / 20).toFixed(1),
    "wall",
    ((performance.now() - t0) / 20).toFixed(1),
  );
}
for (const email of ["newcomer-0@bench.example", "heavy-20000@bench.example", "heavy-100000@bench.example"]) {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  console.log(email);
  await cpu(" loadProgress", () => loadProgress(db, u.id, now));
  await cpu(" answerStats", () => loadAnswerStats(db, u.id, now));
  await cpu(" studyActivity", () => loadStudyActivity(db, u.id, "Asia/Tokyo", now));
}
