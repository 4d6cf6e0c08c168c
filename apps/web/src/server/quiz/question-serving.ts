import "server-only";
import { isAssessmentReserved, type Question } from "@jiji/content/server";
import type { FeedbackPolicy } from "./feedback-policy";

/** The questions practice (article quizzes, fact practice, review) may serve: never one reserved for tests. */
export function practicePool(questions: readonly Question[]): Question[] {
  return questions.filter((question) => !isAssessmentReserved(question.id));
}

/** Whether an assignment shows its key only later (at the end of the attempt, or after the due date). */
export function holdsBackFeedback(policy: FeedbackPolicy): boolean {
  return policy !== "each";
}

/**
 * What a quiz set draws from: a set whose feedback is held back draws only reserved questions (no practice quiz
 * shows their key); a set with feedback after each answer shows its keys at once, so it draws from practice.
 */
export function assessmentPool(questions: readonly Question[], policy: FeedbackPolicy): Question[] {
  return holdsBackFeedback(policy)
    ? questions.filter((question) => isAssessmentReserved(question.id))
    : practicePool(questions);
}
