import { FACT_KINDS, QUESTION_TYPES, SLUG_PATTERN } from "@jiji/content";
import { z } from "zod";
import { fromWallClock } from "@/lib/time-zone";
import { visibleText } from "../plain-text";
import { FEEDBACK_POLICIES } from "../quiz/feedback-policy";

// Message keys, not texts: the forms render them under `teacher.errors`.

export const cuidSchema = z
  .string()
  .max(64, "notFound")
  .regex(/^[a-z0-9]+$/, "notFound");

const className = visibleText("nameRequired", 60, "nameTooLong");

export const JOIN_CODE_VALIDITY = ["7", "30", "none"] as const;

export const createClassroomSchema = z.object({ name: className });
export const renameClassroomSchema = z.object({ classroomId: cuidSchema, name: className });
export const classroomIdSchema = z.object({ classroomId: cuidSchema });
export const regenerateJoinCodeSchema = z.object({
  classroomId: cuidSchema,
  validity: z.enum(JOIN_CODE_VALIDITY, "validityInvalid").default("30"),
});
export const removeStudentSchema = z.object({ classroomId: cuidSchema, studentId: cuidSchema });
export const joinClassroomSchema = z.object({
  code: z.string().trim().min(1, "codeRequired").max(40, "codeInvalid"),
});

/** Repeated checkbox fields arrive as a string or an array; none at all as undefined. */
const list = <T extends z.ZodType>(item: T, minKey?: string) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z
      .array(item)
      .min(minKey ? 1 : 0, minKey)
      .max(200, "generic"),
  );

/** An article slug, section id or tag ticked in the builder; anything else was not offered by the form. */
const contentId = z.string().max(100, "generic").regex(SLUG_PATTERN, "generic");

const slugBody = SLUG_PATTERN.source.slice(1, -1);
/** A section as the builder names it, "article-slug/section-id": it narrows only its own article. */
export const SECTION_REF_PATTERN = new RegExp(`^(${slugBody})/(${slugBody})$`);
const sectionRef = z.string().max(201, "generic").regex(SECTION_REF_PATTERN, "generic");

export const SELECTIONS = ["fixed", "per-student"] as const;
export type Selection = (typeof SELECTIONS)[number];
export const MAX_SET_QUESTIONS = 50;

export const quizSetFiltersSchema = z.object({
  articleSlugs: z.array(z.string().min(1).max(100)).min(1, "articlesRequired").max(50),
  sections: z.array(z.string().min(1).max(100)).max(200).default([]),
  tags: z.array(z.string().min(1).max(100)).max(200).default([]),
  kinds: z.array(z.enum(FACT_KINDS)).default([]),
  types: z.array(z.enum(QUESTION_TYPES)).min(1, "typesRequired"),
});
export type QuizSetFilters = z.infer<typeof quizSetFiltersSchema>;

const optionalMinutes = z.preprocess(
  (value) => (value === "" || value === undefined ? undefined : value),
  z.coerce
    .number("timeLimitInvalid")
    .int("timeLimitInvalid")
    .min(1, "timeLimitInvalid")
    .max(600, "timeLimitInvalid")
    .optional(),
);

const quizSetTitle = visibleText("titleRequired", 100, "titleTooLong");

export const createQuizSetSchema = z.object({
  title: quizSetTitle,
  articleSlugs: list(contentId, "articlesRequired"),
  sections: list(sectionRef),
  tags: list(contentId),
  kinds: list(z.enum(FACT_KINDS, "kindsInvalid")),
  types: list(z.enum(QUESTION_TYPES, "typesRequired"), "typesRequired"),
  questionCount: z.coerce
    .number("questionCountInvalid")
    .int("questionCountInvalid")
    .min(1, "questionCountInvalid")
    .max(MAX_SET_QUESTIONS, "questionCountInvalid"),
  selection: z.enum(SELECTIONS, "selectionInvalid"),
  feedbackPolicy: z.enum(FEEDBACK_POLICIES, "feedbackPolicyInvalid"),
  timeLimitMinutes: optionalMinutes,
  attemptsAllowed: z.coerce
    .number("attemptsAllowedInvalid")
    .int("attemptsAllowedInvalid")
    .min(1, "attemptsAllowedInvalid")
    .max(10, "attemptsAllowedInvalid"),
});
export type CreateQuizSetInput = z.infer<typeof createQuizSetSchema>;
export const renameQuizSetSchema = z.object({ quizSetId: cuidSchema, title: quizSetTitle });
export const quizSetIdSchema = z.object({ quizSetId: cuidSchema });

/** `<input type="datetime-local">` gives wall-clock time without a zone: it is read on the clocks of `timeZone`. */
const localDateTime = (requiredKey: string, timeZone: string) =>
  z
    .string(requiredKey)
    .trim()
    .min(1, requiredKey)
    // Years 2000–2099 only: anything else is a typo or a probe, and would never open or never close.
    .regex(/^20\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "dateInvalid")
    .transform((value, context) => {
      const wallClock = new Date(`${value}Z`);
      // February 30 or 24:00 would roll over to another day: only a date that reads back unchanged counts.
      if (Number.isNaN(wallClock.getTime()) || wallClock.toISOString().slice(0, value.length) !== value) {
        context.addIssue({ code: "custom", message: "dateInvalid" });
        return z.NEVER;
      }
      return fromWallClock(wallClock.getTime(), timeZone);
    });

/** The teacher types both dates on their own clocks (`viewerTimeZone()`); they are stored as instants. */
export const assignQuizSetSchema = (timeZone: string) =>
  z
    .object({
      quizSetId: cuidSchema,
      classroomId: cuidSchema,
      opensAt: localDateTime("opensAtRequired", timeZone),
      dueAt: localDateTime("dueAtRequired", timeZone),
    })
    .refine((input) => input.dueAt.getTime() > input.opensAt.getTime(), {
      message: "dueBeforeOpen",
      path: ["dueAt"],
      // Only once both dates parsed: zod would otherwise run this on the raw strings of a rejected form.
      when: (payload) => payload.issues.length === 0,
    });
export type AssignQuizSetInput = z.infer<ReturnType<typeof assignQuizSetSchema>>;

export const assignmentIdSchema = z.object({ assignmentId: cuidSchema });
