// Many students at once, each with practice attempts of unanswered questions, inserted in batches (one shared
// password hash) for load tests and benchmarks, which then sign them in over HTTP.
import { randomBytes } from "node:crypto";
import { GENERATOR_VERSION, getQuestionBank, type Question, selectQuestions } from "@jiji/content/server";
import { type Database, hashPassword } from "@jiji/db";

const ARTICLE = "russia-north-korea-partnership";
export const SEEDED_STUDENT_PASSWORD = "seeded-password-1";

export type SeededAttempt = { id: string; questions: Question[] };
export type SeededStudent = { id: string; email: string; attempts: SeededAttempt[] };

const newId = () => `s${randomBytes(12).toString("hex")}`;

/** `students` accounts named `<emailPrefix>-<n>@students.example`, each with `attemptsEach` practice attempts. */
export async function seedStudentsWithAttempts(
  db: Database,
  options: { students: number; attemptsEach: number; questionsEach: number; emailPrefix: string },
): Promise<SeededStudent[]> {
  const passwordHash = await hashPassword(SEEDED_STUDENT_PASSWORD);
  const bank = getQuestionBank(ARTICLE);
  const result: SeededStudent[] = [];
  for (let s = 0; s < options.students; s++) {
    const student: SeededStudent = {
      id: newId(),
      email: `${options.emailPrefix}-${s}@students.example`,
      attempts: [],
    };
    for (let a = 0; a < options.attemptsEach; a++) {
      const seed = `${s}-${a}`;
      student.attempts.push({
        id: newId(),
        questions: selectQuestions(bank, { count: options.questionsEach, seed }),
      });
    }
    result.push(student);
  }
  await db.user.createMany({
    data: result.map((student, index) => ({
      id: student.id,
      email: student.email,
      name: `生徒${index}`,
      role: "student",
      passwordHash,
    })),
  });
  const attempts = result.flatMap((student) =>
    student.attempts.map((attempt) => ({
      id: attempt.id,
      userId: student.id,
      articleSlug: ARTICLE,
      source: "article",
      mode: "practice",
      seed: attempt.id,
      questionIds: JSON.stringify(attempt.questions.map((question) => question.id)),
      settings: JSON.stringify({ count: options.questionsEach, types: [] }),
      questionCount: attempt.questions.length,
      generatorVersion: GENERATOR_VERSION,
    })),
  );
  for (let i = 0; i < attempts.length; i += 500)
    await db.attempt.createMany({ data: attempts.slice(i, i + 500) });
  return result;
}
