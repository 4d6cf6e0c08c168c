import { findQuestion } from "@jiji/content/server";
import type { Database } from "@jiji/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@jiji/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitAnswer } from "../quiz/submit-answer";
import { assignQuizSet } from "./assignments";
import { createClassroom } from "./classrooms";
import { questionsCsv, studentsCsv, toCsv } from "./csv";
import { joinClassroom } from "./join-classroom";
import { createQuizSet } from "./quiz-sets";
import { loadAssignmentReport } from "./report";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import { makeUser, responseFor } from "./test-fixtures";

const HOUR = 60 * 60 * 1000;

describe("csv", () => {
  it("starts with a BOM, quotes what needs quoting and defuses formulas", () => {
    const csv = toCsv([["名前", 'a "b"', "x,y", "=1+1", -0.5]]);
    expect(csv).toBe('\uFEFF名前,"a ""b""","x,y",\'=1+1,-0.5\r\n');
  });
});

describe.each(testProviders())("assignment report on %s", (provider) => {
  let test: TestDatabase;
  let db: Database;
  let teacherId: string;

  beforeAll(async () => {
    test = await createTestDatabase(provider);
    db = test.db;
    teacherId = (await makeUser(db, "teacher")).id;
  });
  afterAll(() => test.drop());

  async function setUp(
    studentCount: number,
    questionCount: number,
    types: ("single-choice" | "true-false")[] = ["single-choice"],
  ) {
    const classroom = await createClassroom(db, teacherId, "レポート組");
    const students = [];
    for (let i = 0; i < studentCount; i++) {
      const student = await makeUser(db, "student", `生徒${String(i).padStart(3, "0")}`);
      await joinClassroom(db, student, classroom.joinCode);
      students.push(student);
    }
    const set = await createQuizSet(db, teacherId, {
      title: "レポート",
      articleSlugs: ["russia-north-korea-partnership"],
      sections: [],
      tags: [],
      kinds: [],
      types,
      questionCount,
      selection: "fixed",
      feedbackPolicy: "end",
      timeLimitMinutes: undefined,
      attemptsAllowed: 1,
    });
    if (!set.ok) throw new Error(set.reason);
    const assignment = await assignQuizSet(db, teacherId, {
      quizSetId: set.quizSetId,
      classroomId: classroom.id,
      opensAt: new Date(Date.now() - HOUR),
      dueAt: new Date(Date.now() + HOUR),
    });
    if (!assignment.ok) throw new Error(assignment.reason);
    return { students, assignmentId: assignment.assignmentId };
  }

  it("reports completion, distribution, per-student rows, item statistics, misconceptions and fact mastery", async () => {
    const { students, assignmentId } = await setUp(4, 3);
    // Student i answers the first (3 - i) questions right; the fourth student never starts.
    for (const [index, student] of students.slice(0, 3).entries()) {
      const started = await startAssignmentAttempt(db, student.id, assignmentId);
      if (!started.ok) throw new Error(started.reason);
      const ids = JSON.parse(
        (await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } })).questionIds,
      ) as string[];
      for (const [position, id] of ids.entries()) {
        await submitAnswer(
          db,
          {
            attemptId: started.attemptId,
            userId: student.id,
            sessionVersion: 0,
            questionId: id,
            response: responseFor(findQuestion(id)!, position < 3 - index),
            timeTakenMs: 2000,
          },
          "ja",
        );
      }
    }
    const report = (await loadAssignmentReport(db, teacherId, assignmentId, "ja"))!;
    expect(report.rosterSize).toBe(4);
    expect(report.submittedCount).toBe(3);
    expect(report.distribution).toEqual([0, 1, 0, 1, 1]);
    expect(report.students.map((row) => [row.name, row.status, row.correctCount, row.timeTakenMs])).toEqual([
      ["生徒000", "submitted", 3, 6000],
      ["生徒001", "submitted", 2, 6000],
      ["生徒002", "submitted", 1, 6000],
      ["生徒003", "not-started", null, null],
    ]);
    expect(report.questions.map((row) => Math.round(row.facility! * 100))).toEqual([100, 67, 33]);
    // Upper group (best student) got Q2 and Q3 right; lower group (weakest) got neither.
    expect(report.questions.map((row) => row.discrimination)).toEqual([0, 1, 1]);
    const last = report.questions[2]!;
    expect(last.topWrongAnswer?.count).toBe(2);
    const question = findQuestion(last.questionId);
    if (question?.type === "single-choice") {
      const wrong = question.options.find((option) => !option.isCorrect)!;
      expect(last.topWrongAnswer?.text).toBe(wrong.text);
      if (wrong.distractorFactId) expect(last.topWrongAnswer?.misconception).not.toBeNull();
    }
    expect(report.facts.length).toBeGreaterThan(0);
    expect(report.facts[0]!.mastery).toBeLessThanOrEqual(report.facts.at(-1)!.mastery);

    const csv = studentsCsv(report, "ja");
    expect(csv.startsWith("\uFEFF名前,メールアドレス")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(6);
    expect(questionsCsv(report, "en").split("\r\n")[0]).toContain("Facility (%)");
  });

  it("builds the report of a class of 200 students × 20 questions quickly", async () => {
    const { students, assignmentId } = await setUp(200, 20, ["single-choice", "true-false"]);
    const set = await db.assignment.findUniqueOrThrow({
      where: { id: assignmentId },
      select: { quizSet: { select: { questionIds: true } } },
    });
    const ids = JSON.parse(set.quizSet.questionIds!) as string[];
    const attempts = students.map((student, index) => ({
      id: `perf${index}x${assignmentId}`,
      userId: student.id,
    }));
    await db.attempt.createMany({
      data: attempts.map((attempt) => ({
        id: attempt.id,
        userId: attempt.userId,
        source: "assignment",
        assignmentId,
        mode: "test",
        seed: "s",
        questionIds: JSON.stringify(ids),
        settings: "{}",
        questionCount: ids.length,
        generatorVersion: "x",
        finishedAt: new Date(),
        score: 0.5,
        correctCount: 10,
      })),
    });
    await db.response.createMany({
      data: attempts.flatMap((attempt, a) =>
        ids.map((questionId, position) => {
          const isCorrect = (a + position) % 3 !== 0;
          return {
            attemptId: attempt.id,
            userId: attempt.userId,
            questionId,
            position,
            isCorrect,
            score: Number(isCorrect),
            timeTakenMs: 3000,
            response: JSON.stringify(responseFor(findQuestion(questionId)!, isCorrect)),
          };
        }),
      ),
    });
    await loadAssignmentReport(db, teacherId, assignmentId, "ja");
    const started = performance.now();
    const report = (await loadAssignmentReport(db, teacherId, assignmentId, "ja"))!;
    const elapsed = performance.now() - started;
    console.log(`report for 200 × 20 on ${provider}: ${elapsed.toFixed(0)} ms`);
    expect(report.students).toHaveLength(200);
    expect(report.questions).toHaveLength(20);
    expect(elapsed).toBeLessThan(1000); // well under 200 ms on an idle machine; generous for shared CI
  });
});
