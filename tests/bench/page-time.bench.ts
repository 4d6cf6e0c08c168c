// Server time of data-heavy pages, each beside a small baseline of the same page in the same run:
// the progress page of a user with 20,000 answers vs a new user, and an assignment report of
// 200 students × 20 questions vs 5 students.
import { randomBytes } from "node:crypto";
import path from "node:path";
import {
  GENERATOR_VERSION,
  getArticles,
  getQuestionBank,
  type Question,
  selectQuestions,
} from "@jiji/content/server";
import { responseFor } from "@jiji/content/testing";
import { type Database, hashPassword, seedHeavyUser } from "@jiji/db";
import { createBenchDatabase, ROOT } from "./bench-setup";
import { signInOverHttp, startNextServer } from "./next-server";

const PASSWORD = "bench-password-1";
const RUNS = 15;

export type PageTiming = { label: string; median: number; p90: number };

const newId = () => `p${randomBytes(12).toString("hex")}`;

/** Median and p90 of sequential GETs (after two warm-ups); on loopback this is the server's time. */
async function timePage(label: string, url: string, cookie: string): Promise<PageTiming> {
  const samples: number[] = [];
  for (let run = 0; run < RUNS + 2; run++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    if (run >= 2) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    label,
    median: samples[Math.floor(samples.length / 2)]!,
    p90: samples[Math.floor(samples.length * 0.9)]!,
  };
}

async function createAccounts(db: Database, role: "student" | "teacher", count: number, prefix: string) {
  const passwordHash = await hashPassword(PASSWORD);
  const users = Array.from({ length: count }, (_, i) => ({
    id: newId(),
    email: `${prefix}-${i}@bench.example`,
    name: `${prefix}${i}`,
    role,
    passwordHash,
  }));
  await db.user.createMany({ data: users });
  return users;
}

/** A class, a fixed 20-question set assigned to it, and every student's finished attempt with answers. */
async function seedClassReport(db: Database, teacherId: string, students: { id: string }[], label: string) {
  const questions: Question[] = selectQuestions(getQuestionBank("russia-north-korea-partnership"), {
    count: 20,
    types: ["single-choice", "true-false"],
    seed: label,
  });
  const ids = questions.map((question) => question.id);
  const classroom = await db.classroom.create({
    data: { teacherId, name: label, joinCode: randomBytes(4).toString("hex").toUpperCase() },
  });
  await db.classMembership.createMany({
    data: students.map((student) => ({ classroomId: classroom.id, studentId: student.id })),
  });
  const quizSet = await db.quizSet.create({
    data: {
      teacherId,
      title: label,
      filters: JSON.stringify({
        articleSlugs: ["russia-north-korea-partnership"],
        sections: [],
        tags: [],
        kinds: [],
        types: ["single-choice", "true-false"],
      }),
      questionCount: ids.length,
      selection: "fixed",
      questionIds: JSON.stringify(ids),
      seed: label,
      feedbackPolicy: "end",
      attemptsAllowed: 1,
    },
  });
  const now = Date.now();
  const assignment = await db.assignment.create({
    data: {
      quizSetId: quizSet.id,
      classroomId: classroom.id,
      opensAt: new Date(now - 86_400_000),
      dueAt: new Date(now + 86_400_000),
    },
  });
  const attempts = students.map((student) => ({ id: newId(), userId: student.id }));
  await db.attempt.createMany({
    data: attempts.map((attempt) => ({
      ...attempt,
      source: "assignment",
      assignmentId: assignment.id,
      mode: "test",
      seed: attempt.id,
      questionIds: JSON.stringify(ids),
      settings: "{}",
      questionCount: ids.length,
      generatorVersion: GENERATOR_VERSION,
      finishedAt: new Date(now - 3_600_000),
      score: 0.6,
      correctCount: 12,
    })),
  });
  const responses = attempts.flatMap((attempt, a) =>
    questions.map((question, position) => {
      const isCorrect = (a + position) % 3 !== 0;
      return {
        attemptId: attempt.id,
        userId: attempt.userId,
        questionId: question.id,
        position,
        isCorrect,
        score: Number(isCorrect),
        timeTakenMs: 3000,
        response: JSON.stringify(responseFor(question, isCorrect)),
      };
    }),
  );
  for (let i = 0; i < responses.length; i += 1000)
    await db.response.createMany({ data: responses.slice(i, i + 1000) });
  return assignment.id;
}

export async function benchPageTimes(): Promise<PageTiming[]> {
  const dataDir = path.join(ROOT, "data", "bench-pages");
  const db = await createBenchDatabase(dataDir);
  const [newcomer] = await createAccounts(db, "student", 1, "newcomer");
  const heavy = await seedHeavyUser(db, {
    questions: getArticles().flatMap((article) => getQuestionBank(article.slug)),
    responses: 20_000,
    days: 365,
    now: new Date(),
    email: "heavy@bench.example",
    password: PASSWORD,
  });
  const [teacher] = await createAccounts(db, "teacher", 1, "teacher");
  const bigClass = await seedClassReport(
    db,
    teacher!.id,
    await createAccounts(db, "student", 200, "big"),
    "big",
  );
  const smallClass = await seedClassReport(
    db,
    teacher!.id,
    await createAccounts(db, "student", 5, "small"),
    "small",
  );
  const server = await startNextServer(3302, { JIJI_DATA_DIR: dataDir });
  try {
    const heavyCookie = await signInOverHttp(server.url, "heavy@bench.example", PASSWORD);
    const newCookie = await signInOverHttp(server.url, newcomer!.email, PASSWORD);
    const teacherCookie = await signInOverHttp(server.url, teacher!.email, PASSWORD);
    if (heavy.responses !== 20_000) throw new Error(`heavy user has ${heavy.responses} responses`);
    return [
      await timePage("progress, new user (baseline)", `${server.url}/progress`, newCookie),
      await timePage("progress, 20,000 answers over a year", `${server.url}/progress`, heavyCookie),
      await timePage(
        "report, class of 5 (baseline)",
        `${server.url}/teacher/assignments/${smallClass}`,
        teacherCookie,
      ),
      await timePage(
        "report, class of 200 × 20 questions",
        `${server.url}/teacher/assignments/${bigClass}`,
        teacherCookie,
      ),
    ];
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}
