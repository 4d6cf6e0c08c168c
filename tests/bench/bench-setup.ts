// Builds the benchmark's world: a fresh SQLite database, students, and attempts with unanswered questions.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import { GENERATOR_VERSION, getQuestionBank, type Question, selectQuestions } from "@jiji/content/server";
import { createDatabase, type Database, hashPassword, resolveDatabaseTarget } from "@jiji/db";
import { migrateDatabase } from "@jiji/db/migrate";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const ARTICLE = "russia-north-korea-partnership";
export const BENCH_PASSWORD = "bench-password-1";

export type BenchStudent = { id: string; email: string; attempts: { id: string; questions: Question[] }[] };

export async function createBenchDatabase(dataDir: string): Promise<Database> {
  rmSync(dataDir, { recursive: true, force: true });
  const target = resolveDatabaseTarget({ DATABASE_URL: "", JIJI_DATA_DIR: dataDir });
  migrateDatabase(target);
  return createDatabase(target);
}

const newId = () => `b${randomBytes(12).toString("hex")}`;

/** `students` accounts sharing one password hash, each with `attemptsEach` practice attempts of 20 questions. */
export async function seedBenchStudents(
  db: Database,
  students: number,
  attemptsEach: number,
): Promise<BenchStudent[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const bank = getQuestionBank(ARTICLE);
  const result: BenchStudent[] = [];
  for (let s = 0; s < students; s++) {
    const student: BenchStudent = { id: newId(), email: `bench-${s}@bench.example`, attempts: [] };
    for (let a = 0; a < attemptsEach; a++) {
      const seed = `${s}-${a}`;
      student.attempts.push({ id: newId(), questions: selectQuestions(bank, { count: 20, seed }) });
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
      settings: JSON.stringify({ count: 20, types: [] }),
      questionCount: attempt.questions.length,
      generatorVersion: GENERATOR_VERSION,
    })),
  );
  for (let i = 0; i < attempts.length; i += 500)
    await db.attempt.createMany({ data: attempts.slice(i, i + 500) });
  return result;
}
