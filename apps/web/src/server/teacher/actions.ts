"use server";

import { getDatabase } from "@jiji/db";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type FormState, fieldError, formError } from "@/components/form/form-state";
import { authedFormAction } from "../auth/authed-form-action";
import { teacherFormAction } from "../auth/guards";
import { viewerTimeZone } from "../auth/session";
import { assignQuizSet } from "./assignments";
import {
  archiveClassroom,
  createClassroom,
  regenerateJoinCode,
  removeStudent,
  renameClassroom,
  restoreClassroom,
} from "./classrooms";
import { joinClassroom } from "./join-classroom";
import { createQuizSet, deleteQuizSet, renameQuizSet } from "./quiz-sets";
import { startAssignmentAttempt } from "./start-assignment-attempt";
import {
  assignmentIdSchema,
  assignQuizSetSchema,
  classroomIdSchema,
  createClassroomSchema,
  createQuizSetSchema,
  joinClassroomSchema,
  quizSetIdSchema,
  regenerateJoinCodeSchema,
  removeStudentSchema,
  renameClassroomSchema,
  renameQuizSetSchema,
} from "./teacher-schemas";

// Every action: signed in, zod-parsed, teacher role checked (teacherFormAction), and ownership enforced by
// the `teacherId` filter inside each function, so a guessed id changes nothing and reads as "not found".

export const createClassroomAction = teacherFormAction(createClassroomSchema, async (input, teacher, db) => {
  const created = await createClassroom(db, teacher.id, input.name);
  redirect(`/teacher/classes/${created.id}`);
});

export const renameClassroomAction = teacherFormAction(renameClassroomSchema, async (input, teacher, db) => {
  if (!(await renameClassroom(db, teacher.id, input.classroomId, input.name)))
    return formError("classroomNotFound");
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  return undefined;
});

export const archiveClassroomAction = teacherFormAction(classroomIdSchema, async (input, teacher, db) => {
  if (!(await archiveClassroom(db, teacher.id, input.classroomId))) return formError("classroomNotFound");
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  return undefined;
});

export const restoreClassroomAction = teacherFormAction(classroomIdSchema, async (input, teacher, db) => {
  if (!(await restoreClassroom(db, teacher.id, input.classroomId))) return formError("classroomNotFound");
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  return undefined;
});

export const regenerateJoinCodeAction = teacherFormAction(
  regenerateJoinCodeSchema,
  async (input, teacher, db) => {
    if (!(await regenerateJoinCode(db, teacher.id, input.classroomId, input.validity)))
      return formError("classroomNotFound");
    revalidatePath(`/teacher/classes/${input.classroomId}`);
    return undefined;
  },
);

export const removeStudentAction = teacherFormAction(removeStudentSchema, async (input, teacher, db) => {
  if (!(await removeStudent(db, teacher.id, input.classroomId, input.studentId)))
    return formError("studentNotFound");
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  return undefined;
});

export const createQuizSetAction = teacherFormAction(createQuizSetSchema, async (input, teacher, db) => {
  const created = await createQuizSet(db, teacher.id, input);
  if (!created.ok) {
    return created.reason === "poolTooSmall"
      ? fieldError("questionCount", "poolTooSmall", { count: created.available })
      : formError(created.reason);
  }
  redirect(`/teacher/quiz-sets/${created.quizSetId}`);
});

export const renameQuizSetAction = teacherFormAction(renameQuizSetSchema, async (input, teacher, db) => {
  if (!(await renameQuizSet(db, teacher.id, input.quizSetId, input.title)))
    return formError("quizSetNotFound");
  revalidatePath(`/teacher/quiz-sets/${input.quizSetId}`);
  return undefined;
});

/** Refused ("quizSetAssigned") once the set is assigned: deleting it would take students' attempts along. */
export const deleteQuizSetAction = teacherFormAction(quizSetIdSchema, async (input, teacher, db) => {
  const deleted = await deleteQuizSet(db, teacher.id, input.quizSetId);
  if (!deleted.ok) return formError(deleted.reason);
  redirect("/teacher");
});

/** The dates are read on the teacher's own clocks, so the zone is looked up before the form is parsed. */
export async function assignQuizSetAction(previous: FormState, formData: FormData): Promise<FormState> {
  const timeZone = await viewerTimeZone();
  return teacherFormAction(assignQuizSetSchema(timeZone), async (input, teacher, db) => {
    // A form's due date that has already passed is a slip of the keyboard: no student could ever take it.
    if (input.dueAt.getTime() <= Date.now()) return fieldError("dueAt", "dueInPast");
    const assigned = await assignQuizSet(db, teacher.id, input);
    if (!assigned.ok) {
      return assigned.reason === "dueBeforeOpen"
        ? fieldError("dueAt", "dueBeforeOpen")
        : formError(assigned.reason);
    }
    redirect(`/teacher/assignments/${assigned.assignmentId}`);
  })(previous, formData);
}

/** Students only: teachers are told they cannot join (they own classes instead). */
export const joinClassroomAction = authedFormAction(joinClassroomSchema, async (input, user) => {
  const joined = await joinClassroom(await getDatabase(), user, input.code);
  if (!joined.ok && joined.reason === "tooManyJoinAttempts")
    return formError(joined.reason, { minutes: joined.minutes });
  if (!joined.ok) return fieldError("code", joined.reason);
  revalidatePath("/classes");
  redirect(`/classes?joined=${joined.classroomId}`);
});

export const startAssignmentAction = authedFormAction(assignmentIdSchema, async (input, user) => {
  const started = await startAssignmentAttempt(await getDatabase(), user.id, input.assignmentId);
  if (!started.ok) return formError(started.reason);
  redirect(`/quiz/${started.attemptId}`);
});
