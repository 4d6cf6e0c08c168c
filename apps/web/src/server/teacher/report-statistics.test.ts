import { getQuestionBank } from "@jiji/content/server";
import { describe, expect, it } from "vitest";
import { buildAssignmentReport, type ReportData } from "./report-statistics";

// The statistics are a pure function of the report's rows: no database here.

const [first, second] = getQuestionBank("russia-north-korea-partnership").filter(
  (question) => question.type === "true-false",
);
const questionIds = JSON.stringify([first!.id, second!.id]);
const now = new Date("2026-12-01T00:00:00Z");
const at = (minutes: number) => new Date(now.getTime() - 60 * 60_000 + minutes * 60_000);

function attempt(id: string, userId: string, finishedAt: Date | null, score: number | null) {
  return {
    id,
    userId,
    questionIds,
    finishedAt,
    deadlineAt: null,
    score,
    correctCount: null,
    questionCount: 2,
  };
}

function answer(attemptId: string, question: typeof first, isCorrect: boolean) {
  const key = question!.type === "true-false" && question!.answer;
  return {
    attemptId,
    questionId: question!.id,
    response: JSON.stringify({ type: "true-false", value: isCorrect ? key : !key }),
    isCorrect,
    score: Number(isCorrect),
    timeTakenMs: 1000,
  };
}

const data: ReportData = {
  assignment: {
    id: "assignment",
    opensAt: at(0),
    dueAt: at(120),
    classroom: { id: "class", name: "1組" },
    quizSet: {
      id: "set",
      title: "テスト",
      filters: JSON.stringify({
        articleSlugs: ["russia-north-korea-partnership"],
        sections: [],
        tags: [],
        kinds: [],
        types: ["true-false"],
      }),
      questionCount: 2,
      selection: "fixed",
      questionIds,
      seed: "seed",
      feedbackPolicy: "end",
      timeLimitSeconds: null,
      attemptsAllowed: 2,
      createdAt: at(0),
    },
  },
  memberships: [
    { removedAt: null, student: { id: "hanako", name: "花子", email: "hanako@test.example" } },
    { removedAt: null, student: { id: "taro", name: "太郎", email: "taro@test.example" } },
    { removedAt: null, student: { id: "jiro", name: "次郎", email: "jiro@test.example" } },
  ],
  attempts: [
    attempt("h1", "hanako", at(10), 0.5),
    attempt("h2", "hanako", at(20), 1),
    attempt("t1", "taro", null, null),
  ],
  responses: [
    answer("h1", first, true),
    answer("h1", second, false),
    answer("h2", first, true),
    answer("h2", second, true),
    answer("t1", first, true),
  ],
};

describe("buildAssignmentReport", () => {
  it("counts the chosen attempt of each submitted student and gives every other student a status", () => {
    const report = buildAssignmentReport(data, "ja", now, "first");
    const byId = new Map(report.students.map((student) => [student.studentId, student]));
    expect(byId.get("hanako")).toMatchObject({ status: "submitted", score: 0.5, countedAttemptNumber: 1 });
    expect(byId.get("taro")).toMatchObject({ status: "in-progress", score: null });
    expect(byId.get("jiro")).toMatchObject({ status: "not-started", attempts: 0 });
    expect(report.submittedCount).toBe(1);
    expect(report.questions.map((question) => question.questionId)).toEqual([first!.id, second!.id]);
    expect(report.questions.map((question) => question.facility)).toEqual([1, 0]);
  });

  it("counts the best attempt when asked, and changes nothing in its input", () => {
    const before = JSON.stringify(data);
    const report = buildAssignmentReport(data, "ja", now, "best");
    expect(report.students.find((student) => student.studentId === "hanako")).toMatchObject({
      score: 1,
      countedAttemptNumber: 2,
    });
    expect(report.questions.map((question) => question.facility)).toEqual([1, 1]);
    expect(JSON.stringify(data)).toBe(before);
  });
});
