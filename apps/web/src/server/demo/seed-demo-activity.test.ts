import { type Database, DEMO_ACCOUNTS, seedDemoData } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/fixtures";
import { loadProgress } from "../progress/load-progress";
import { findUnfinishedAttempt } from "../quiz/unfinished-attempt";
import { countOpenMistakes } from "../review/mistakes";
import { countDueReviews } from "../review/review-queue";
import { listOpenAssignmentsForStudent } from "../teacher/assignments";
import { loadAssignmentReport } from "../teacher/report";
import { DEMO_CLASS_NAME, seedDemoActivity } from "./seed-demo-activity";

// The demo must show every student and teacher page with something in it, and a second `npm start` must not
// add a second copy.

describe.each(testProviders())("demo activity on %s", (provider) => {
  let db: Database;
  const now = new Date("2026-11-29T12:00:00Z"); // 21:00 in Tokyo
  const ids: Record<string, string> = {};

  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  beforeAll(async () => {
    await seedDemoData(db);
    for (const account of DEMO_ACCOUNTS) {
      ids[account.email] = (await db.user.findUniqueOrThrow({ where: { email: account.email } })).id;
    }
  });

  const hanako = () => ids["hanako@jiji.example"]!;
  const taro = () => ids["taro@jiji.example"]!;
  const teacher = () => ids["teacher@jiji.example"]!;

  it("gives the student a history, mistakes, due reviews, a streak and a quiz to continue", async () => {
    const seeded = await seedDemoActivity(db, now);
    expect(seeded.status).toBe("seeded");

    const attempts = await db.attempt.findMany({ where: { userId: hanako() }, include: { responses: true } });
    const finished = attempts.filter((attempt) => attempt.finishedAt);
    expect(finished).toHaveLength(15);
    for (const attempt of finished) {
      expect(attempt.responses).toHaveLength(attempt.questionCount);
      expect(attempt.finishedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(attempt.startedAt.getTime()).toBeLessThan(attempt.finishedAt!.getTime());
    }
    expect(await findUnfinishedAttempt(db, hanako())).toMatchObject({ answered: 3 });

    expect(await countOpenMistakes(db, hanako())).toBeGreaterThan(0);
    expect(await countDueReviews(db, hanako(), now)).toBeGreaterThan(0);
    const progress = await loadProgress(db, hanako(), now);
    expect(progress.totals.answered).toBe(15 * 10 + 3);
    // Studied at 19:00 Tokyo on days 1 and 2 before today and this evening; day 3 was skipped.
    expect(progress.streak).toEqual({ days: 3, isTodayStudied: true });
    const firstWeek = progress.weeks.find((week) => week.answered > 0)!;
    const lastWeek = progress.weeks.at(-1)!;
    expect(lastWeek.accuracy!).toBeGreaterThan(firstWeek.accuracy!);
  });

  it("gives the teacher a class of both students with an assignment Taro handed in and Hanako has open", async () => {
    const classroom = await db.classroom.findFirstOrThrow({
      where: { teacherId: teacher(), name: DEMO_CLASS_NAME },
      include: { memberships: true, assignments: true },
    });
    expect(classroom.memberships.map((member) => member.studentId).sort()).toEqual([hanako(), taro()].sort());
    const [assignment] = classroom.assignments;
    const report = await loadAssignmentReport(db, teacher(), assignment!.id, "ja", now);
    expect(report).toMatchObject({ rosterSize: 2, submittedCount: 1 });
    expect(report!.questions.every((question) => question.answered === 1)).toBe(true);
    expect((await listOpenAssignmentsForStudent(db, hanako(), now)).map((open) => open.id)).toEqual([
      assignment!.id,
    ]);
    expect(await listOpenAssignmentsForStudent(db, taro(), now)).toEqual([]);
  });

  it("adds nothing when run again", async () => {
    const before = await Promise.all([db.attempt.count(), db.response.count(), db.classroom.count()]);
    expect(await seedDemoActivity(db, now)).toEqual({ status: "already-seeded", answers: 0 });
    expect(await Promise.all([db.attempt.count(), db.response.count(), db.classroom.count()])).toEqual(
      before,
    );
  });
});
