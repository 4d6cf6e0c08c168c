import { createDatabase, resolveDatabaseTarget, sql } from "@jiji/db";
import { heldBackAttemptIds } from "./server/quiz/held-back";

const db = await createDatabase(
  resolveDatabaseTarget({ DATABASE_URL: "", JIJI_DATA_DIR: "../../data/bench-pages" }),
);
async function cpu(label: string, f: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await f();
  const c0 = process.cpuUsage();
  for (let i = 0; i < 30; i++) await f();
  const c = process.cpuUsage(c0);
  console.log(label.padEnd(30), "cpu", ((c.user + c.system) / 1000 / 30).toFixed(2));
}
for (const email of ["newcomer-0@bench.example", "heavy-20000@bench.example"]) {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  const userId = u.id;
  console.log(email);
  await cpu(" heldBack", () => heldBackAttemptIds(db, userId, new Date()));
  await cpu(" totals", () =>
    db.$queryRaw(
      sql`SELECT COUNT(*) AS "answered", SUM(CASE WHEN "isCorrect" THEN 1 ELSE 0 END) AS "correct", SUM("timeTakenMs") AS "timeMs" FROM "Response" WHERE "userId" = ${userId}`,
    ),
  );
  await cpu(" perQuestion", () =>
    db.$queryRaw(
      sql`SELECT "questionId", COUNT(*) AS "answered" FROM "Response" WHERE "userId" = ${userId} GROUP BY "questionId"`,
    ),
  );
  await cpu(" combined", () =>
    db.$queryRaw(
      sql`SELECT "questionId", COUNT(*) AS "answered", SUM(CASE WHEN "isCorrect" THEN 1 ELSE 0 END) AS "correct", SUM("timeTakenMs") AS "timeMs" FROM "Response" WHERE "userId" = ${userId} GROUP BY "questionId"`,
    ),
  );
  await cpu(" latest", () =>
    db.response.findMany({
      where: { userId, attemptId: { notIn: [] } },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { questionId: true, isCorrect: true },
    }),
  );
  await cpu(" cards", () =>
    db.reviewCard.findMany({
      where: { userId },
      select: { articleSlug: true, factId: true, state: true, stability: true, lapses: true },
    }),
  );
  await cpu(" attemptCount", () => db.attempt.count({ where: { userId, finishedAt: { not: null } } }));
}
