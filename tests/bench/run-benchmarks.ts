// `pnpm bench` (tests package): HTTP benchmarks against the production build, each beside a reference
// measured in the same run, reported as ratios. Prints a table and writes bench-results/http.md. Asserts nothing.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { benchAnswerSubmission } from "./answer-submission.bench";
import { ROOT } from "./bench-setup";
import { benchPageTimes } from "./page-time.bench";

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const submission = await benchAnswerSubmission();
const [empty, submit, floor] = submission.results as [
  (typeof submission.results)[number],
  (typeof submission.results)[number],
  (typeof submission.results)[number],
];
const lines = [
  `# HTTP benchmarks (${new Date().toISOString()}, ${process.platform}, Node ${process.version})`,
  "",
  "## Answer submission, 50 concurrent students (SQLite)",
  "",
  "| target | requests | errors | req/s | p50 | p99 |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...submission.results.map(
    (r) =>
      `| ${r.label} | ${r.requests} | ${r.errors} | ${r.throughput.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p99)} |`,
  ),
  "",
  "| ratio | value | target |",
  "| --- | ---: | --- |",
  `| submission throughput / empty route | ${ratio(submit.throughput / empty.throughput)} | ≥ 0.70× |`,
  `| submission p99 / empty route p99 | ${ratio(submit.p99 / empty.p99)} | ≤ 1.50× |`,
  `| submission throughput / bare floor | ${ratio(submit.throughput / floor.throughput)} | (context) |`,
  `| empty route throughput / bare floor | ${ratio(empty.throughput / floor.throughput)} | (context) |`,
  "",
  `Quiz page JavaScript: ${kB(submission.quizPageJs.totalGzipBytes)} gzip (target < 120 kB), of which ${kB(
    submission.quizPageJs.sharedGzipBytes,
  )} is shared with the sign-in page (React, Next.js runtime, layout, next-intl) and ${kB(
    submission.quizPageJs.totalGzipBytes - submission.quizPageJs.sharedGzipBytes,
  )} is the quiz's own.`,
  `Server resident memory after the submission run: ${submission.serverRssMiB.toFixed(0)} MiB.`,
];
const [progressNew, progressHeavy, reportSmall, reportBig] = await benchPageTimes();
lines.push(
  "",
  "## Page server time (sequential GETs on loopback, SQLite)",
  "",
  "| page | median | p90 |",
  "| --- | ---: | ---: |",
  ...[progressNew!, progressHeavy!, reportSmall!, reportBig!].map(
    (t) => `| ${t.label} | ${ms(t.median)} | ${ms(t.p90)} |`,
  ),
  "",
  "| ratio or target | value | target |",
  "| --- | ---: | --- |",
  `| heavy user's progress page | ${ms(progressHeavy!.median)} | < 150 ms |`,
  `| heavy / new user progress page | ${ratio(progressHeavy!.median / progressNew!.median)} | ≤ 3× |`,
  `| report of 200 × 20 | ${ms(reportBig!.median)} | < 200 ms |`,
  `| report 200 / report 5 | ${ratio(reportBig!.median / reportSmall!.median)} | (context) |`,
);
const report = `${lines.join("\n")}\n`;
console.log(`\n${report}`);
const out = path.join(ROOT, "bench-results");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "http.md"), report);
