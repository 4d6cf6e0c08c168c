import { getArticles, getQuestionBank } from "@jiji/content/server";
import { createUser, type Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
// Relative until @jiji/db exports it from its index.
import { type HeavyUser, seedHeavyUser } from "../../../../../packages/db/src/heavy-user";
import { useTestDatabase } from "../../test/fixtures";
import { loadProgress } from "./load-progress";
import { loadNextActions } from "./next-actions";

const questions = getArticles().flatMap((article) => getQuestionBank(article.slug));
const NOW = new Date("2026-06-01T03:00:00Z");

async function medianMs(run: () => Promise<unknown>, times = 7): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let index = 0; index < times; index++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe.each(testProviders())("a heavy user's progress on %s", (provider) => {
  let db: Database;
  let heavy: HeavyUser;
  let seedMs: number;

  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  beforeAll(async () => {
    const start = performance.now();
    heavy = await seedHeavyUser(db, { questions, now: NOW });
    seedMs = performance.now() - start;
  });

  it("seeds 20,000 answers over a year in seconds", async () => {
    expect(heavy.responses).toBe(20_000);
    expect(heavy.attempts).toBe(2_000);
    expect(heavy.reviewCards).toBeGreaterThan(50);
    expect(await db.response.count({ where: { userId: heavy.userId } })).toBe(20_000);
    const first = await db.response.findFirst({
      where: { userId: heavy.userId },
      orderBy: { createdAt: "asc" },
    });
    expect(NOW.getTime() - first!.createdAt.getTime()).toBeGreaterThan(360 * 86_400_000);
    expect(seedMs).toBeLessThan(60_000);
    console.log(`${provider}: seeded ${heavy.responses} answers in ${Math.round(seedMs)} ms`);
  });

  it("reports the same totals as counting every row, in bounded time", async () => {
    const report = await loadProgress(db, heavy.userId, NOW);
    const correct = await db.response.count({ where: { userId: heavy.userId, isCorrect: true } });
    const time = await db.response.aggregate({
      where: { userId: heavy.userId },
      _sum: { timeTakenMs: true },
    });
    expect(report.totals).toMatchObject({ answered: 20_000, correct, attempts: 2_000 });
    expect(report.totals.studyTimeMs).toBe(time._sum.timeTakenMs);
    expect(report.streak.days).toBeGreaterThanOrEqual(10);
    expect(report.weeks.every((week) => week.answered > 0)).toBe(true);
    const mastered = report.articles.reduce((sum, article) => sum + article.counts.mastered, 0);
    const notStarted = report.articles.reduce((sum, article) => sum + article.counts["not-started"], 0);
    expect(mastered).toBeGreaterThan(0);
    expect(notStarted).toBe(0);

    const created = await createUser(db, {
      email: "fresh@test.example",
      name: "新人",
      role: "student",
      password: "password-1",
    });
    if (!created.ok) throw new Error("could not create a user");
    const heavyMs = await medianMs(() => loadProgress(db, heavy.userId, NOW));
    const freshMs = await medianMs(() => loadProgress(db, created.user.id, NOW));
    const actionsMs = await medianMs(() => loadNextActions(db, heavy.userId, NOW));
    console.log(
      `${provider}: loadProgress heavy ${heavyMs.toFixed(1)} ms, new ${freshMs.toFixed(1)} ms; next actions ${actionsMs.toFixed(1)} ms`,
    );
    // Generous bound for a loaded CI machine; the benchmark measures the real target (150 ms page time).
    expect(heavyMs).toBeLessThan(1_000);
  });
});
