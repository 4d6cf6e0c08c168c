// Starts and stops the production server (`next start`) for benchmarks, and signs students in over HTTP.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { serverEnvironment } from "../../apps/web/server-node-options.mjs";
import { ROOT } from "./bench-setup";

const WEB = path.join(ROOT, "apps/web");

export type RunningServer = { url: string; process: ChildProcess; stop(): Promise<void> };

export async function startNextServer(port: number, env: Record<string, string>): Promise<RunningServer> {
  const nextBin = createRequire(path.join(WEB, "package.json")).resolve("next/dist/bin/next");
  const child = spawn(
    process.execPath,
    [
      // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under load
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
      nextBin,
      "start",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      cwd: WEB,
      // As `npm start` runs it (apps/web/server-node-options.mjs); BENCH_SERVER_NODE_ARGS come later and win.
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        ...serverEnvironment(process.env),
        ...env,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${url}/signin`);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return { url, process: child, stop: () => stopProcess(child) };
}

export async function waitUntilUp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { method: "GET" })).status < 500) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGINT"); // SIGINT lets `next start` exit normally (and write a CPU profile if asked)
  });
}

/** Resident memory of a process in MiB (Linux). */
export function residentMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = Number(status.match(/VmRSS:\s+(\d+)/)?.[1]);
  return kib / 1024;
}

/** Signs in through next-auth's credentials endpoint; returns the Cookie header for that session. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`could not sign in ${email} (status ${response.status})`);
  return session;
}

/** What the answer route said: its HTTP status and JSON body (status, feedback in practice). */
export type AnswerReply = {
  httpStatus: number;
  body: { status?: string; feedback?: { isCorrect: boolean } };
};

/** Posts one answer to the answer route as the signed-in student of `cookie` (see signInOverHttp). */
export async function postAnswerOverHttp(
  baseUrl: string,
  cookie: string,
  answer: { attemptId: string; questionId: string; response: unknown; timeTakenMs: number },
): Promise<AnswerReply> {
  const response = await fetch(`${baseUrl}/api/attempts/${answer.attemptId}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({
      questionId: answer.questionId,
      response: answer.response,
      timeTakenMs: answer.timeTakenMs,
    }),
  });
  return { httpStatus: response.status, body: (await response.json()) as AnswerReply["body"] };
}
