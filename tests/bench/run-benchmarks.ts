// `pnpm bench` (tests package): HTTP benchmarks against the production build, each beside a reference
// measured in the same run, reported as ratios, and Lighthouse beside a bare Next.js app. Prints the tables and
// writes bench-results/http.md. Asserts nothing.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SERVER_HEAP_MIB } from "../../apps/web/server-node-options.mjs";
import { benchAnswerSubmission } from "./answer-submission.bench";
import { ROOT } from "./bench-setup";
import { benchLighthouse, lighthouseTable } from "./lighthouse.bench";
import { benchPageTimes, type ScalingRow } from "./page-time.bench";

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

// Lighthouse first: it builds the floor app whose JavaScript the quiz page is compared with.
const lighthouseRows = await benchLighthouse();
const floorJs = lighthouseRows[0]!.moduleScriptGzipBytes;
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
  `Quiz page JavaScript: ${kB(submission.quizPageJs.totalGzipBytes)} gzip, ${ratio(
    submission.quizPageJs.totalGzipBytes / floorJs,
  )} the bare Next.js page's ${kB(floorJs)} (target ≤ 1.08×); ${kB(
    submission.quizPageJs.sharedGzipBytes,
  )} of it is shared with the sign-in page (React, Next.js runtime, layout) and ${kB(
    submission.quizPageJs.totalGzipBytes - submission.quizPageJs.sharedGzipBytes,
  )} is the quiz's own.`,
  `Server resident memory after the submission run: ${submission.serverRssMiB.toFixed(0)} MiB (target ≤ 400 MiB); V8 heap ${submission.serverHeap.heapTotalMiB.toFixed(0)} MiB, ${submission.serverHeap.heapUsedMiB.toFixed(0)} MiB of it in use (ceiling ${SERVER_HEAP_MIB} MiB, apps/web/server-node-options.mjs).`,
  "",
  ...lighthouseTable(lighthouseRows),
];
const scaling = await benchPageTimes();
const scalingTable = (title: string, unit: string, rows: ScalingRow[], targetAt: number) => {
  const base = rows[0]!.timing.median;
  return [
    "",
    `### ${title}`,
    "",
    `| ${unit} | median | p90 | × baseline |`,
    "| ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.size.toLocaleString("en")}${r.size === targetAt ? " (target ≤ 1.50×)" : ""} | ${ms(r.timing.median)} | ${ms(
          r.timing.p90,
        )} | ${ratio(r.timing.median / base)} |`,
    ),
  ];
};
lines.push(
  "",
  "## Page server time as the data grows (sequential GETs on loopback, SQLite)",
  ...scalingTable("Progress page by the student's answers", "answers", scaling.progress, 20_000),
  ...scalingTable("Report of a 20-question assignment by class size", "students", scaling.report, 200),
  "",
  "Each report above is loaded again with nothing changed, as paging, switching views and reloading do: the server",
  "keeps what it read and built while the class's rows say nothing changed (apps/web/src/server/teacher/report-cache.ts);",
  "answers to attempts still open change nothing the report shows, so a class answering keeps it too.",
  `With one more student submitting before each load (each load builds the report again, reading only that student's answers), the ${scaling.reportAfterEachSubmission.size}-student report takes ${ms(
    scaling.reportAfterEachSubmission.timing.median,
  )} (p90 ${ms(scaling.reportAfterEachSubmission.timing.p90)}), ${ratio(
    scaling.reportAfterEachSubmission.timing.median / scaling.report[0]!.timing.median,
  )} the class of five's.`,
);
const report = `${lines.join("\n")}\n`;
console.log(`\n${report}`);
const out = path.join(ROOT, "bench-results");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "http.md"), report);
