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

/** Rounds of GETs not counted, so that every page is measured on a warm server. */
const WARM_UP_ROUNDS = 3;

async function getPage(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

/** A page to time; `before` runs untimed before each of its GETs. */
type TimedPage = { label: string; url: string; cookie: string; before?: () => Promise<void> };

/**
 * Median and p90 of sequential GETs of each page; on loopback this is the server's time. The pages take turns,
 * one GET each per round, so a slow spell of the machine or the server's warming up falls on all of them alike
 * instead of on whichever page was measured first.
 */
async function timePages(pages: TimedPage[]): Promise<PageTiming[]> {
  const samples = pages.map((): number[] => []);
  for (let round = 0; round < WARM_UP_ROUNDS + RUNS; round++)
    for (const [index, page] of pages.entries()) {
      await page.before?.();
      const elapsed = await getPage(page.url, page.cookie);
      if (round >= WARM_UP_ROUNDS) samples[index]!.push(elapsed);
    }
  return pages.map(({ label }, index) => {
    const sorted = samples[index]!.sort((a, b) => a - b);
    return {
      label,
      median: sorted[Math.floor(sorted.length / 2)]!,
      p90: sorted[Math.floor(sorted.length * 0.9)]!,
    };
  });
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

/**
 * A class, a fixed 20-question set assigned to it, and every student's attempt with all its answers, finished but
 * for the last `open` ones; `submitNext` finishes the next of those, as a student's submission does.
 */
async function seedClassReport(
  db: Database,
  teacherId: string,
  students: { id: string }[],
  label: string,
  { open = 0 } = {},
) {
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
  const finished = { finishedAt: new Date(now - 3_600_000), score: 0.6, correctCount: 12 };
  await db.attempt.createMany({
    data: attempts.map((attempt, index) => ({
      ...attempt,
      source: "assignment",
      assignmentId: assignment.id,
      mode: "test",
      seed: attempt.id,
      questionIds: JSON.stringify(ids),
      settings: "{}",
      questionCount: ids.length,
      generatorVersion: GENERATOR_VERSION,
      ...(index < attempts.length - open ? finished : {}),
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
  const stillOpen = attempts.slice(attempts.length - open);
  const submitNext = async () => {
    const attempt = stillOpen.shift();
    if (!attempt) throw new Error(`${label}: every attempt is submitted`);
    await db.attempt.update({ where: { id: attempt.id }, data: { ...finished, finishedAt: new Date() } });
  };
  return { assignmentId: assignment.id, submitNext };
}

/** The progress page at 0 answers (baseline), the target's 20,000 and 2× and 5× that. */
const PROGRESS_ANSWERS = [0, 20_000, 40_000, 100_000];
/** The report of a 20-question assignment for 5 students (baseline), the target's 200 and 2× and 5× that. */
const REPORT_STUDENTS = [5, 200, 400, 1000];

export type ScalingRow = { size: number; timing: PageTiming };
export type PageScaling = {
  progress: ScalingRow[];
  /** Each report loaded again with nothing changed: what paging, switching views and reloading cost. */
  report: ScalingRow[];
  /** The 200-student report with one more student submitting before each load: each load builds it again. */
  reportAfterEachSubmission: ScalingRow;
};

export async function benchPageTimes(): Promise<PageScaling> {
  const dataDir = path.join(ROOT, "data", "bench-pages");
  const db = await createBenchDatabase(dataDir);
  const questions = getArticles().flatMap((article) => getQuestionBank(article.slug));
  const learners: { answers: number; email: string }[] = [];
  for (const answers of PROGRESS_ANSWERS) {
    if (answers === 0) {
      const [newcomer] = await createAccounts(db, "student", 1, "newcomer");
      learners.push({ answers, email: newcomer!.email });
      continue;
    }
    const email = `heavy-${answers}@bench.example`;
    const heavy = await seedHeavyUser(db, {
      questions,
      responses: answers,
      days: 365,
      now: new Date(),
      email,
      password: PASSWORD,
    });
    if (heavy.responses !== answers)
      throw new Error(`${email} has ${heavy.responses} responses, not ${answers}`);
    learners.push({ answers, email });
  }
  const [teacher] = await createAccounts(db, "teacher", 1, "teacher");
  const classes: { students: number; assignmentId: string }[] = [];
  for (const students of REPORT_STUDENTS) {
    const label = `class-${students}`;
    const members = await createAccounts(db, "student", students, label);
    classes.push({ students, ...(await seedClassReport(db, teacher!.id, members, label)) });
  }
  const live = await seedClassReport(
    db,
    teacher!.id,
    await createAccounts(db, "student", REPORT_STUDENTS[1]!, "live"),
    "live",
    { open: WARM_UP_ROUNDS + RUNS },
  );
  const server = await startNextServer(3302, { JIJI_DATA_DIR: dataDir });
  try {
    const teacherCookie = await signInOverHttp(server.url, teacher!.email, PASSWORD);
    const progressPages = [];
    for (const learner of learners)
      progressPages.push({
        label: `progress, ${learner.answers.toLocaleString("en")} answers`,
        url: `${server.url}/progress`,
        cookie: await signInOverHttp(server.url, learner.email, PASSWORD),
      });
    const progress = (await timePages(progressPages)).map((timing, index) => ({
      size: learners[index]!.answers,
      timing,
    }));
    const reportPages: TimedPage[] = classes.map(({ students, assignmentId }) => ({
      label: `report, ${students} students × 20 questions`,
      url: `${server.url}/teacher/assignments/${assignmentId}`,
      cookie: teacherCookie,
    }));
    reportPages.push({
      label: `report, ${REPORT_STUDENTS[1]} students × 20 questions, a submission before each load`,
      url: `${server.url}/teacher/assignments/${live.assignmentId}`,
      cookie: teacherCookie,
      before: live.submitNext,
    });
    const timings = await timePages(reportPages);
    const report = classes.map(({ students }, index) => ({ size: students, timing: timings[index]! }));
    return {
      progress,
      report,
      reportAfterEachSubmission: { size: REPORT_STUDENTS[1]!, timing: timings.at(-1)! },
    };
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}
