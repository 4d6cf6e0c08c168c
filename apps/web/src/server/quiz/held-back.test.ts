import { findQuestion, getQuestionBank, isAssessmentReserved } from "@jiji/content/server";
import { responseFor } from "@jiji/content/testing";
import type { Database } from "@jiji/db";
import { testProviders } from "@jiji/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser, useTestDatabase } from "../../test/fixtures";
import { loadProgress } from "../progress/load-progress";
import { startFactPractice } from "../progress/practise-fact";
import { countOpenMistakes, listOpenMistakes } from "../review/mistakes";
import { pickReviewQuestion } from "../review/review-queue";
import { scheduleMissedReviews } from "../review/schedule-missed-reviews";
import { assignQuizSet } from "../teacher/assignments";
import { createClassroom } from "../teacher/classrooms";
import { joinClassroom } from "../teacher/join-classroom";
import {
  createQuizSet,
  findOwnedQuizSet,
  questionsForSet,
  reservedQuestionCount,
} from "../teacher/quiz-sets";
import { startAssignmentAttempt } from "../teacher/start-assignment-attempt";
import type { CreateQuizSetInput } from "../teacher/teacher-schemas";
import type { FeedbackPolicy } from "./feedback-policy";
import { heldBackAttemptIds, scheduleReleasedReviews } from "./held-back";
import { startAttempt } from "./start-attempt";
import { submitAnswer } from "./submit-answer";

const ARTICLE = "russia-north-korea-partnership";
const HOUR = 60 * 60 * 1000;

const setInput = (feedbackPolicy: FeedbackPolicy): CreateQuizSetInput => ({
  title: "小テスト",
  articleSlugs: [ARTICLE],
  sections: [],
  tags: [],
  kinds: [],
  types: ["single-choice", "true-false"],
  questionCount: 3,
  selection: "per-student",
  feedbackPolicy,
  timeLimitMinutes: undefined,
  attemptsAllowed: 1,
});

describe("the assessment pool", () => {
  it("is a fixed, sizeable share of the bank: about one question in four", () => {
    const bank = getQuestionBank(ARTICLE);
    const reserved = bank.filter((question) => isAssessmentReserved(question.id));
    expect(reserved.length).toBeGreaterThan(bank.length / 8);
    expect(reserved.length).toBeLessThan(bank.length / 2);
    expect(bank.filter((question) => isAssessmentReserved(question.id))).toEqual(reserved);
  });

  it("is never served by a review question", () => {
    const bank = getQuestionBank(ARTICLE);
    for (const factId of new Set(bank.flatMap((question) => question.factIds)))
      for (let reps = 0; reps < 6; reps++) {
        const picked = pickReviewQuestion({ userId: "u", articleSlug: ARTICLE, factId, reps });
        if (picked) expect(isAssessmentReserved(picked.id)).toBe(false);
      }
  });
});

describe.each(testProviders())("held-back feedback on %s", (provider) => {
  let db: Database;
  let teacher: Awaited<ReturnType<typeof makeUser>>;
  useTestDatabase(provider, (opened) => {
    db = opened;
  });
  beforeAll(async () => {
    teacher = await makeUser(db, "teacher");
  });

  /** A student in a class with an open assignment of the given feedback policy, due in a day. */
  async function studentWithAssignment(feedbackPolicy: FeedbackPolicy) {
    const student = await makeUser(db, "student");
    const classroom = await createClassroom(db, teacher.id, "3年A組");
    expect((await joinClassroom(db, student, classroom.joinCode)).ok).toBe(true);
    const set = await createQuizSet(db, teacher.id, setInput(feedbackPolicy));
    if (!set.ok) throw new Error(set.reason);
    const dueAt = new Date(Date.now() + 24 * HOUR);
    const assignment = await assignQuizSet(db, teacher.id, {
      quizSetId: set.quizSetId,
      classroomId: classroom.id,
      opensAt: new Date(Date.now() - HOUR),
      dueAt,
    });
    if (!assignment.ok) throw new Error(assignment.reason);
    const started = await startAssignmentAttempt(db, student.id, assignment.assignmentId);
    if (!started.ok) throw new Error(started.reason);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    return { student, attempt, dueAt, questionIds: JSON.parse(attempt.questionIds) as string[] };
  }

  async function answerAllWrong(
    userId: string,
    attemptId: string,
    questionIds: readonly string[],
    now?: Date,
  ) {
    for (const questionId of questionIds) {
      const question = findQuestion(questionId)!;
      const outcome = await submitAnswer(
        db,
        {
          attemptId,
          userId,
          sessionVersion: 0,
          questionId,
          response: responseFor(question, false),
          timeTakenMs: 1000,
          now,
        },
        "ja",
      );
      expect(outcome.ok).toBe(true);
    }
  }

  it("an 'after the due date' test shows no mistake, count, review card or score before the due date", async () => {
    const { student, attempt, dueAt, questionIds } = await studentWithAssignment("after-due");
    await answerAllWrong(student.id, attempt.id, questionIds);
    const beforeDue = new Date(dueAt.getTime() - HOUR);

    expect(await heldBackAttemptIds(db, student.id, beforeDue)).toEqual([attempt.id]);
    expect(await listOpenMistakes(db, student.id, {}, beforeDue)).toEqual([]);
    expect(await countOpenMistakes(db, student.id, beforeDue)).toBe(0);
    expect(await db.reviewCard.count({ where: { userId: student.id } })).toBe(0);
    expect(await scheduleReleasedReviews(db, student.id, beforeDue)).toBe(0);
    await scheduleMissedReviews(db, beforeDue); // a server restart before the due date releases nothing either
    expect(await db.reviewCard.count({ where: { userId: student.id } })).toBe(0);
    const progress = await loadProgress(db, student.id, beforeDue);
    expect(progress.totals).toMatchObject({ answered: 0, correct: 0 });
    expect(progress.recentAttempts[0]).toMatchObject({ id: attempt.id, isScoreHidden: true });

    // After the due date everything appears: the mistakes, the cards (in answer order), the score.
    const afterDue = new Date(dueAt.getTime() + HOUR);
    expect((await listOpenMistakes(db, student.id, {}, afterDue)).map((m) => m.question.id).sort()).toEqual(
      [...questionIds].sort(),
    );
    expect(await scheduleReleasedReviews(db, student.id, afterDue)).toBeGreaterThan(0);
    expect(await db.reviewCard.count({ where: { userId: student.id } })).toBeGreaterThan(0);
    expect(await scheduleReleasedReviews(db, student.id, afterDue)).toBe(0); // idempotent
    expect((await loadProgress(db, student.id, afterDue)).recentAttempts[0]?.isScoreHidden).toBe(false);
  });

  it("an 'at the end' test keeps its answers back until it is handed in", async () => {
    const { student, attempt, questionIds } = await studentWithAssignment("end");
    const [first, ...rest] = questionIds;
    await answerAllWrong(student.id, attempt.id, [first!]);
    expect(await countOpenMistakes(db, student.id)).toBe(0);
    expect(await db.reviewCard.count({ where: { userId: student.id } })).toBe(0);
    await answerAllWrong(student.id, attempt.id, rest);
    expect(await countOpenMistakes(db, student.id)).toBe(questionIds.length);
    expect(await db.reviewCard.count({ where: { userId: student.id } })).toBeGreaterThan(0);
  });

  it("feedback after each answer is not held back", async () => {
    const { student, attempt, questionIds } = await studentWithAssignment("each");
    await answerAllWrong(student.id, attempt.id, [questionIds[0]!]);
    expect(await countOpenMistakes(db, student.id)).toBe(1);
  });

  it("held-back sets draw only reserved questions, which no practice quiz serves; others draw none", async () => {
    const { questionIds } = await studentWithAssignment("after-due");
    for (const id of questionIds) expect(isAssessmentReserved(id)).toBe(true);
    const { questionIds: immediate } = await studentWithAssignment("each");
    for (const id of immediate) expect(isAssessmentReserved(id)).toBe(false);

    const student = await makeUser(db, "student");
    for (let quiz = 0; quiz < 10; quiz++) {
      const started = await startAttempt(db, student.id, {
        articleSlug: ARTICLE,
        count: 20,
        types: ["single-choice", "true-false", "cloze", "ordering", "matching", "numeric"],
        mode: "practice",
      });
      if (!started.ok) throw new Error(started.reason);
      const served = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
      for (const id of JSON.parse(served.questionIds) as string[])
        expect(isAssessmentReserved(id)).toBe(false);
    }
    const fact = findQuestion(questionIds[0]!)!.factIds[0]!;
    const practice = await startFactPractice(db, student.id, { articleSlug: ARTICLE, factId: fact });
    if (practice.ok) {
      const served = await db.attempt.findUniqueOrThrow({ where: { id: practice.attemptId } });
      for (const id of JSON.parse(served.questionIds) as string[])
        expect(isAssessmentReserved(id)).toBe(false);
    }
  });

  it("the teacher sees how many reserved questions a set has", async () => {
    const created = await createQuizSet(db, teacher.id, { ...setInput("after-due"), selection: "fixed" });
    if (!created.ok) throw new Error(created.reason);
    const fixed = (await findOwnedQuizSet(db, teacher.id, created.quizSetId))!;
    expect(reservedQuestionCount(fixed)).toBe(3);
    const perStudent = await createQuizSet(db, teacher.id, setInput("each"));
    if (!perStudent.ok) throw new Error(perStudent.reason);
    const set = (await findOwnedQuizSet(db, teacher.id, perStudent.quizSetId))!;
    const pool = getQuestionBank(ARTICLE).filter((q) => ["single-choice", "true-false"].includes(q.type));
    expect(reservedQuestionCount(set)).toBe(pool.filter((q) => isAssessmentReserved(q.id)).length);
    expect(questionsForSet(set, "seed").some((q) => isAssessmentReserved(q.id))).toBe(false);
  });
});
