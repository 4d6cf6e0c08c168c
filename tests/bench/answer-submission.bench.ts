// Answer submission under 50 concurrent students, beside an empty Next route (the framework's ceiling)
// and a bare Node handler doing the same insert (the floor); plus the JavaScript the quiz page sends.
import { spawn } from "node:child_process";
import path from "node:path";
import { answerKeyResponse } from "@jiji/content/testing";
import {
  SEEDED_STUDENT_PASSWORD,
  type SeededStudent,
  seedStudentsWithAttempts,
} from "../support/seeded-students";
import { createBenchDatabase, ROOT } from "./bench-setup";
import { type LoadRequest, type LoadResult, runLoad } from "./http-load";
import { residentMiB, signInOverHttp, startNextServer, stopProcess, waitUntilUp } from "./next-server";
import { measurePageJs } from "./page-js";

const STUDENTS = 50;
const ATTEMPTS_EACH = 30; // 600 unanswered questions per student, more than any run can use
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP = 2;

export type QuizPageJs = { totalGzipBytes: number; sharedGzipBytes: number };
/** The server's heap as V8 sees it right after the run (/api/bench/memory): how much of the resident memory is heap. */
export type ServerHeap = { heapTotalMiB: number; heapUsedMiB: number };
export type AnswerSubmissionReport = {
  results: LoadResult[];
  quizPageJs: QuizPageJs;
  serverRssMiB: number;
  serverHeap: ServerHeap;
};

export async function benchAnswerSubmission(): Promise<AnswerSubmissionReport> {
  const dataDir = path.join(ROOT, "data", "bench");
  const db = await createBenchDatabase(dataDir);
  const students = await seedStudentsWithAttempts(db, {
    students: STUDENTS,
    attemptsEach: ATTEMPTS_EACH,
    questionsEach: 20,
    emailPrefix: "bench",
  });
  const server = await startNextServer(3300, { JIJI_DATA_DIR: dataDir, JIJI_BENCH_ROUTES: "1" });
  try {
    const cookies = await Promise.all(
      students.map((s) => signInOverHttp(server.url, s.email, SEEDED_STUDENT_PASSWORD)),
    );
    // Half the attempts for the app's route, half for the bare floor, so every insert is a new row.
    const half = ATTEMPTS_EACH / 2;
    const submitQueues = students.map((student, i): LoadRequest[] =>
      student.attempts.slice(0, half).flatMap((attempt) =>
        attempt.questions.map((question) => ({
          url: `${server.url}/api/attempts/${attempt.id}/responses`,
          headers: { "content-type": "application/json", cookie: cookies[i]! },
          body: JSON.stringify({
            questionId: question.id,
            response: answerKeyResponse(question),
            timeTakenMs: 4000,
          }),
        })),
      ),
    );
    const emptyQueues = submitQueues.map((queue) =>
      queue.map((request) => ({ ...request, url: `${server.url}/api/bench/empty` })),
    );

    const quizPageJs = await measureQuizPageJs(server.url, students[0]!.attempts.at(-1)!.id, cookies[0]!);
    const empty = await runLoad({
      label: "empty Next route (ceiling)",
      queues: emptyQueues,
      seconds: SECONDS,
      warmupSeconds: WARMUP,
    });
    const submit = await runLoad({
      label: "answer submission",
      queues: submitQueues,
      seconds: SECONDS,
      warmupSeconds: WARMUP,
    });
    const serverRssMiB = residentMiB(server.process.pid);
    const serverHeap = (await (await fetch(`${server.url}/api/bench/memory`)).json()) as ServerHeap;
    const floor = await runFloor(dataDir, students, half);
    return { results: [empty, submit, floor], quizPageJs, serverRssMiB, serverHeap };
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}

async function runFloor(dataDir: string, students: SeededStudent[], from: number) {
  const floorServer = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "bare-insert-server.ts")],
    {
      cwd: path.join(ROOT, "tests"),
      env: { ...process.env, JIJI_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "3301" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  try {
    await waitUntilUp("http://127.0.0.1:3301/");
    const queues = students.map((student) =>
      student.attempts.slice(from).flatMap((attempt) =>
        attempt.questions.map((question, position) => ({
          url: "http://127.0.0.1:3301/",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            attemptId: attempt.id,
            userId: student.id,
            questionId: question.id,
            position,
            response: answerKeyResponse(question),
            timeTakenMs: 4000,
          }),
        })),
      ),
    );
    return await runLoad({
      label: "bare Node insert (floor)",
      queues,
      seconds: SECONDS,
      warmupSeconds: WARMUP,
    });
  } finally {
    await stopProcess(floorServer);
  }
}

/**
 * Gzip bytes of every script a modern browser loads for the quiz page, and how much of that the sign-in page
 * loads too (framework and layout, shared by every page).
 */
async function measureQuizPageJs(baseUrl: string, attemptId: string, cookie: string): Promise<QuizPageJs> {
  const quiz = await measurePageJs(`${baseUrl}/quiz/${attemptId}`, cookie, "quiz-screen");
  const signIn = await measurePageJs(`${baseUrl}/signin`);
  const shared = new Set(signIn.scripts);
  const sharedGzipBytes = quiz.scripts.reduce(
    (sum, source, i) => sum + (shared.has(source) ? quiz.sizes[i]! : 0),
    0,
  );
  return { totalGzipBytes: quiz.gzipBytes, sharedGzipBytes };
}
