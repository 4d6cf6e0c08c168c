import { createDatabase, resolveDatabaseTarget, sql } from "@jiji/db";

const db = await createDatabase(
  resolveDatabaseTarget({ DATABASE_URL: "", JIJI_DATA_DIR: "../../data/bench-pages" }),
);
const assignments = await db.assignment.findMany({ include: { classroom: true } });
async function time(label: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await f();
  const t0 = performance.now();
  for (let i = 0; i < 10; i++) await f();
  console.log(label, ((performance.now() - t0) / 10).toFixed(1));
}
for (const a of assignments) {
  console.log(a.classroom.name);
  await time(" raw rows", () =>
    db.$queryRaw(
      sql`SELECT r.attemptId, r.questionId, r.response, r.isCorrect, r.score, r.timeTakenMs FROM Response r JOIN Attempt t ON t.id = r.attemptId WHERE t.assignmentId = ${a.id}`,
    ),
  );
  await time(" group_concat", () =>
    db.$queryRaw(
      sql`SELECT r.attemptId, group_concat(r.questionId || char(31) || r.response || char(31) || r.isCorrect || char(31) || r.score || char(31) || coalesce(r.timeTakenMs,''), char(30)) AS packed FROM Response r JOIN Attempt t ON t.id = r.attemptId WHERE t.assignmentId = ${a.id} GROUP BY r.attemptId`,
    ),
  );
  await time(" one string", () =>
    db.$queryRaw(
      sql`SELECT group_concat(r.attemptId || char(31) || r.questionId || char(31) || r.response || char(31) || r.isCorrect || char(31) || r.score || char(31) || coalesce(r.timeTakenMs,''), char(30)) AS packed FROM Response r JOIN Attempt t ON t.id = r.attemptId WHERE t.assignmentId = ${a.id}`,
    ),
  );
  await time(" json_group_array", () =>
    db.$queryRaw(
      sql`SELECT json_group_array(json_array(r.attemptId, r.questionId, r.response, r.isCorrect, r.score, r.timeTakenMs)) AS packed FROM Response r JOIN Attempt t ON t.id = r.attemptId WHERE t.assignmentId = ${a.id}`,
    ),
  );
}
