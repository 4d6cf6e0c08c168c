import type { QuizResponse } from "@jiji/content";
import { findQuestion, publishedEditorStamp, setPublishedEditorArticles } from "@jiji/content/server";
import { responseFor } from "@jiji/content/testing";
import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { formatSortableDateTime } from "@/lib/time-zone";
import { makeUser, useTestDatabase } from "../../test/fixtures";
import { submitAnswer } from "../quiz/submit-answer";
import { assignQuizSet, listAssignmentsForClassroom } from "./assignments";
import { createClassroom, removeStudent } from "./classrooms";
import { questionsCsv, studentsCsv, toCsv } from "./csv";
import { joinClassroom } from "./join-classroom";
import { createQuizSet } from "./quiz-sets";
import { loadAssignmentReport } from "./report";
import type { CountedAttempt } from "./report-statistics";
import { startAssignmentAttempt } from "./start-assignment-attempt";

const HOUR = 60 * 60 * 1000;

describe("csv", () => {
  it("starts with a BOM, quotes what needs quoting and defuses formulas", () => {
    const csv = toCsv([["名前", 'a "b"', "x,y", "=1+1", -0.5]]);
    expect(csv).toBe('\uFEFF名前,"a ""b""","x,y",\'=1+1,-0.5\r\n');
  });
});

describe.each(testProviders())("assignment report on %s", (provider) => {
  let db: Database;
  let teacherId: string;

  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  beforeAll(async () => {
    teacherId = (await makeUser(db, "teacher")).id;
  });

  async function setUp(
    studentCount: number,
    questionCount: number,
    types: ("single-choice" | "true-false")[] = ["single-choice"],
    rules: { attemptsAllowed?: number; timeLimitMinutes?: number } = {},
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
      timeLimitMinutes: rules.timeLimitMinutes,
      attemptsAllowed: rules.attemptsAllowed ?? 1,
    });
    if (!set.ok) throw new Error(set.reason);
    const assignment = await assignQuizSet(db, teacherId, {
      quizSetId: set.quizSetId,
      classroomId: classroom.id,
      opensAt: new Date(Date.now() - HOUR),
      dueAt: new Date(Date.now() + HOUR),
    });
    if (!assignment.ok) throw new Error(assignment.reason);
    return { students, assignmentId: assignment.assignmentId, classroomId: classroom.id };
  }

  /** One attempt: answer i is right (true), wrong (false), a given response, or left unanswered (null). */
  async function takeAttempt(
    studentId: string,
    assignmentId: string,
    answers: (boolean | QuizResponse | null)[],
    now = new Date(),
  ) {
    const started = await startAssignmentAttempt(db, studentId, assignmentId, now);
    if (!started.ok) throw new Error(started.reason);
    const ids = JSON.parse(
      (await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } })).questionIds,
    ) as string[];
    for (const [position, id] of ids.entries()) {
      const answer = answers[position];
      if (answer === null || answer === undefined) continue;
      const response = typeof answer === "boolean" ? responseFor(findQuestion(id)!, answer) : answer;
      const outcome = await submitAnswer(
        db,
        {
          attemptId: started.attemptId,
          userId: studentId,
          sessionVersion: 0,
          questionId: id,
          response,
          timeTakenMs: 1000,
          now,
        },
        "ja",
      );
      if (!outcome.ok) throw new Error(outcome.code);
    }
    return ids;
  }

  const loadReport = async (assignmentId: string, counted?: CountedAttempt, now = new Date()) =>
    (await loadAssignmentReport(db, teacherId, assignmentId, "ja", now, counted))!;

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
    // Item–rest correlations: Q1 was right for everyone (no variance: undefined, not 0); Q2 and Q3 both 0.5.
    expect(report.questions.map((row) => row.discriminationIndex)).toEqual(
      [null, 0.5, 0.5].map((value) => (value === null ? null : expect.closeTo(value, 10))),
    );
    expect(report.questions.every((row) => row.notReached === 0)).toBe(true);
    expect(report.hasEnoughStudents).toBe(false);
    expect(report.reliability).toMatchObject({ n: 3, questionCount: 3 });
    // The heatmap: one row per submitted student, one cell per fact, in the order of report.facts.
    expect(report.masteryGrid.map((row) => row.name)).toEqual(["生徒000", "生徒001", "生徒002"]);
    expect(report.masteryGrid[0]!.mastery.every((value) => value === 1)).toBe(true);
    expect(report.masteryGrid.every((row) => row.mastery.length === report.facts.length)).toBe(true);
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

  /** Two students submit; one of them is then removed from the class and a new student joins. */
  async function classWithARemovedStudent() {
    const { students, assignmentId, classroomId } = await setUp(2, 3);
    const [stays, leaves] = students;
    await takeAttempt(stays!.id, assignmentId, [true, true, false]);
    await takeAttempt(leaves!.id, assignmentId, [true, false, false]);
    await removeStudent(db, teacherId, classroomId, leaves!.id);
    const newcomer = await makeUser(db, "student", "生徒新");
    const classroom = await db.classroom.findUniqueOrThrow({ where: { id: classroomId } });
    await joinClassroom(db, newcomer, classroom.joinCode);
    return { stays: stays!, leaves: leaves!, classroomId, result: await loadReport(assignmentId) };
  }

  it("counts submissions against the current roster and lists removed students apart", async () => {
    const { stays, leaves, classroomId, result } = await classWithARemovedStudent();
    expect({ submitted: result.submittedCount, roster: result.rosterSize }).toEqual({
      submitted: 1,
      roster: 2,
    });
    // The class page's "submitted" count agrees with the report.
    expect((await listAssignmentsForClassroom(db, teacherId, classroomId))[0]!.submittedCount).toBe(1);
    expect(result.students.map((row) => [row.name, row.status])).toEqual([
      [stays.name, "submitted"],
      ["生徒新", "not-started"],
    ]);
    expect(result.removedStudents.map((row) => [row.name, row.status, row.correctCount])).toEqual([
      [leaves.name, "submitted", 1],
    ]);
    // The statistics describe the current class only.
    expect(result.questions.map((row) => row.answered)).toEqual([1, 1, 1]);
    expect(result.averageScore).toBeCloseTo(2 / 3, 10);
  });

  it("puts 「クラスから削除」 in a column of its own in the students CSV, not in the name cell", async () => {
    const { stays, leaves, result } = await classWithARemovedStudent();
    const csv = studentsCsv(result, "ja").split("\r\n");
    const removedLine = csv.find((line) => line.startsWith(leaves.name))!;
    expect(removedLine.split(",")[0]).toBe(leaves.name);
    expect(removedLine.split(",").at(-1)).toBe("クラスから削除");
    expect(csv[0]).toBe(
      "\uFEFF名前,メールアドレス,状態,得点(%),正解数,問題数,所要時間(秒),受験回数,提出日時,集計した回,時間切れで未回答,在籍",
    );
    expect(
      csv
        .find((line) => line.startsWith(stays.name))!
        .split(",")
        .at(-1),
    ).toBe("");
    expect(studentsCsv(result, "en").split("\r\n")[0]!.split(",").at(-1)).toBe("Removed from class");
  });

  it("writes submission times in the CSV on the downloading teacher's clocks, with the zone named", async () => {
    const { stays, result } = await classWithARemovedStudent();
    const submittedAt = result.students.find((row) => row.name === stays.name)!.submittedAt!;
    const cell = (timeZone: string) =>
      studentsCsv(result, "ja", timeZone)
        .split("\r\n")
        .find((line) => line.startsWith(stays.name))!
        .split(",")[8];
    expect(cell("America/New_York")).toBe(
      `${formatSortableDateTime(submittedAt, "America/New_York")} America/New_York`,
    );
    expect(cell("Asia/Tokyo")).toBe(`${formatSortableDateTime(submittedAt, "Asia/Tokyo")} Asia/Tokyo`);
  });

  it("shows an attempt that ran out of time with nothing answered as timed out, not as a 0% submission", async () => {
    const { students, assignmentId, classroomId } = await setUp(2, 3, ["single-choice"], {
      timeLimitMinutes: 5,
    });
    const started = new Date(Date.now() - 10 * 60 * 1000);
    await takeAttempt(students[0]!.id, assignmentId, [null, null, null], started);
    await takeAttempt(students[1]!.id, assignmentId, [true, null, null], started);

    const result = await loadReport(assignmentId);
    expect(result.students.map((row) => [row.status, row.score, row.notReachedCount])).toEqual([
      ["timed-out", null, null],
      ["submitted", expect.closeTo(1 / 3, 10), 2],
    ]);
    expect(result.submittedCount).toBe(1);
    expect((await listAssignmentsForClassroom(db, teacherId, classroomId))[0]!.submittedCount).toBe(1);
    expect(result.distribution).toEqual([0, 0, 0, 0, 0].map((_, bin) => (bin === 1 ? 1 : 0)));
    // Not reached is apart from wrong: Q2 and Q3 have no answers, so no facility (not 0%).
    expect(result.questions.map((row) => [row.answered, row.notReached, row.facility])).toEqual([
      [1, 0, 1],
      [0, 1, null],
      [0, 1, null],
    ]);
    expect(studentsCsv(result, "ja")).toContain(",時間切れ(未回答),");
  });

  it("counts the first attempt by default, or the best or the last one when asked", async () => {
    const { students, assignmentId } = await setUp(1, 3, ["single-choice"], { attemptsAllowed: 3 });
    const student = students[0]!;
    await takeAttempt(student.id, assignmentId, [true, false, false]);
    await takeAttempt(student.id, assignmentId, [true, true, true]);
    await takeAttempt(student.id, assignmentId, [true, true, false]);
    const scoreOf = async (counted?: CountedAttempt) => {
      const row = (await loadReport(assignmentId, counted)).students[0]!;
      return [row.correctCount, row.countedAttemptNumber, row.attempts];
    };
    expect(await scoreOf()).toEqual([1, 1, 3]);
    expect(await scoreOf("first")).toEqual([1, 1, 3]);
    expect(await scoreOf("best")).toEqual([3, 2, 3]);
    expect(await scoreOf("last")).toEqual([2, 3, 3]);
    expect((await loadReport(assignmentId, "last")).questions.map((row) => row.facility)).toEqual([1, 1, 0]);
  });

  it("shows for each option the share of the upper and lower third choosing it and flags a distractor the upper third prefers", async () => {
    const { students, assignmentId } = await setUp(6, 3);
    const set = await db.assignment.findUniqueOrThrow({
      where: { id: assignmentId },
      select: { quizSet: { select: { questionIds: true } } },
    });
    const last = findQuestion((JSON.parse(set.quizSet.questionIds!) as string[])[2]!)!;
    if (last.type !== "single-choice") throw new Error("expected a single-choice question");
    const [wrongA, wrongB] = last.options.filter((option) => !option.isCorrect);
    const choose = (optionId: string): QuizResponse => ({ type: "single-choice", optionId });
    const correct = last.options.find((option) => option.isCorrect)!;
    // Upper third (2 of 6, score 2/3) choose wrong option A on Q3; four students tie at 1/3 for the lower third.
    for (const student of students.slice(0, 2))
      await takeAttempt(student.id, assignmentId, [true, true, choose(wrongA!.id)]);
    for (const student of students.slice(2, 4))
      await takeAttempt(student.id, assignmentId, [true, false, choose(wrongB!.id)]);
    for (const student of students.slice(4))
      await takeAttempt(student.id, assignmentId, [false, false, choose(correct.id)]);

    const result = await loadReport(assignmentId);
    const options = new Map(result.questions[2]!.options!.map((option) => [option.id, option]));
    expect(options.get(wrongA!.id)).toMatchObject({ upper: 1, lower: 0, isSuspectDistractor: true });
    // The four tied students share the lower third's two places: each counts half.
    expect(options.get(wrongB!.id)).toMatchObject({ upper: 0, lower: 0.5, isSuspectDistractor: false });
    expect(options.get(correct.id)).toMatchObject({
      upper: 0,
      lower: 0.5,
      isCorrect: true,
      isSuspectDistractor: false,
    });
    expect(result.questions[2]!.options).toHaveLength(last.options.length);
    expect(result.questions.every((row) => row.options !== null)).toBe(true);

    const header = questionsCsv(result, "ja").split("\r\n")[0]!;
    expect(header).toContain("選択肢ごとの選択率(上位1/3・下位1/3)");
    expect(questionsCsv(result, "ja")).toContain(`${wrongA!.text}: 100% / 0% (!)`);
  });

  it("builds the report of a class of 200 students × 20 questions, and gives it again while nothing changed", async () => {
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
    const report = await loadReport(assignmentId);
    expect(report.students).toHaveLength(200);
    expect(report.submittedCount).toBe(200);
    expect(report.questions).toHaveLength(20);
    expect(report.questions.map((row) => row.answered)).toEqual(ids.map(() => 200));
    // Paging, the mastery view and reloads are served the report built once (its time is in `pnpm bench`).
    expect(await loadReport(assignmentId)).toBe(report);
    expect(await loadReport(assignmentId, "best")).not.toBe(report);
  });

  it("rebuilds a kept report when an answer, a submission, a deadline, a rename or a removal changes it", async () => {
    const { students, assignmentId, classroomId } = await setUp(3, 3, ["single-choice"], {
      timeLimitMinutes: 5,
    });
    const [first, second, third] = students;
    const started = new Date();
    await takeAttempt(first!.id, assignmentId, [true, true, true]);
    await takeAttempt(second!.id, assignmentId, [true, null, null], started);
    const rows = async (now = new Date()) =>
      (await loadReport(assignmentId, "first", now)).students.map((row) => [row.name, row.status]);
    expect(await rows()).toEqual([
      [first!.name, "submitted"],
      [second!.name, "in-progress"],
      [third!.name, "not-started"],
    ]);
    // The second student's time runs out: nothing is written, the clock alone closes the attempt.
    expect((await rows(new Date(started.getTime() + 6 * 60 * 1000)))[1]).toEqual([second!.name, "submitted"]);
    expect((await rows())[1]).toEqual([second!.name, "in-progress"]);

    await takeAttempt(third!.id, assignmentId, [false, null, null]);
    let report = await loadReport(assignmentId);
    // Answers of attempts still open are not counted yet.
    expect(report.questions.map((row) => row.answered)).toEqual([1, 1, 1]);
    expect(report.students[2]!.status).toBe("in-progress");

    const attempt = await db.attempt.findFirstOrThrow({ where: { userId: third!.id, assignmentId } });
    const ids = JSON.parse(attempt.questionIds) as string[];
    for (const id of ids.slice(1))
      await submitAnswer(
        db,
        {
          attemptId: attempt.id,
          userId: third!.id,
          sessionVersion: 0,
          questionId: id,
          response: responseFor(findQuestion(id)!, true),
          timeTakenMs: 1000,
        },
        "ja",
      );
    report = await loadReport(assignmentId);
    expect(report.questions.map((row) => row.answered)).toEqual([2, 2, 2]);
    expect(report.students[2]).toMatchObject({ status: "submitted", correctCount: 2 });

    await db.user.update({ where: { id: first!.id }, data: { name: "生徒改名" } });
    expect((await loadReport(assignmentId)).students.map((row) => row.name)).toContain("生徒改名");
    await removeStudent(db, teacherId, classroomId, third!.id);
    report = await loadReport(assignmentId);
    expect(report.removedStudents.map((row) => row.studentId)).toEqual([third!.id]);
    expect(report.questions.map((row) => row.answered)).toEqual([1, 1, 1]);

    // Question and fact texts come from the bank: an editor publishing (a new stamp) is a change too.
    expect(await loadReport(assignmentId)).toBe(report);
    setPublishedEditorArticles(`${publishedEditorStamp()} and a publication`, []);
    expect(await loadReport(assignmentId)).not.toBe(report);
  });

  it("keeps the report while the class answers, and rebuilds it when an attempt is submitted", async () => {
    const { students, assignmentId } = await setUp(2, 3);
    await takeAttempt(students[0]!.id, assignmentId, [true, true, true]);
    const ids = await takeAttempt(students[1]!.id, assignmentId, [true, null, null]);
    const report = await loadReport(assignmentId);
    expect(report.students[1]!.status).toBe("in-progress");
    // Answers to an attempt still open are not in the report: storing one changes nothing it shows.
    const attempt = await db.attempt.findFirstOrThrow({ where: { userId: students[1]!.id, assignmentId } });
    const answer = (questionId: string) =>
      submitAnswer(
        db,
        {
          attemptId: attempt.id,
          userId: students[1]!.id,
          sessionVersion: 0,
          questionId,
          response: responseFor(findQuestion(questionId)!, false),
          timeTakenMs: 1000,
        },
        "ja",
      );
    await answer(ids[1]!);
    expect(await loadReport(assignmentId)).toBe(report);
    await answer(ids[2]!);
    const submitted = await loadReport(assignmentId);
    expect(submitted.students[1]).toMatchObject({ status: "submitted", correctCount: 1 });
    expect(submitted.questions.map((row) => row.answered)).toEqual([2, 2, 2]);
  });

  it("reads again only the answers of attempts answered since the last load", async () => {
    const { students, assignmentId } = await setUp(3, 3);
    await takeAttempt(students[0]!.id, assignmentId, [true, true, true]);
    await takeAttempt(students[1]!.id, assignmentId, [true, true, true]);
    expect((await loadReport(assignmentId)).questions.map((row) => row.facility)).toEqual([1, 1, 1]);
    // Out of band (the app never changes a stored answer): the first student's answers are marked wrong.
    await db.response.updateMany({
      where: { userId: students[0]!.id },
      data: { isCorrect: false, score: 0 },
    });
    expect((await loadReport(assignmentId)).questions.map((row) => row.facility)).toEqual([1, 1, 1]);
    // A third student answers: theirs are read, the first two students' kept answers are not read again.
    await takeAttempt(students[2]!.id, assignmentId, [false, false, false]);
    const report = await loadReport(assignmentId);
    expect(report.questions.map((row) => row.answered)).toEqual([3, 3, 3]);
    expect(report.questions.map((row) => row.facility)).toEqual([2 / 3, 2 / 3, 2 / 3]);
  });
});
