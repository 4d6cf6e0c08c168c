/** When an assignment's student sees the key: after each answer, at the end of the attempt, or after the due date. */
export const FEEDBACK_POLICIES = ["each", "end", "after-due"] as const;
export type FeedbackPolicy = (typeof FEEDBACK_POLICIES)[number];
