// A closed-loop HTTP load generator: N workers, each sending its next request as soon as the last one returns.
import { performance } from "node:perf_hooks";

export type LoadRequest = { url: string; body: string; headers: Record<string, string> };

export type LoadResult = {
  label: string;
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
};

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

/**
 * Runs `workers` loops for `seconds`; each worker takes requests from its own queue (so unique rows stay unique).
 * Latencies of the first `warmupSeconds` are discarded.
 */
export async function runLoad(options: {
  label: string;
  queues: LoadRequest[][];
  seconds: number;
  warmupSeconds: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let measured = 0;
  const start = performance.now();
  const warmupEnd = start + options.warmupSeconds * 1000;
  const end = warmupEnd + options.seconds * 1000;

  await Promise.all(
    options.queues.map(async (queue) => {
      for (const request of queue) {
        if (performance.now() >= end) return;
        const sent = performance.now();
        try {
          const response = await fetch(request.url, {
            method: "POST",
            headers: request.headers,
            body: request.body,
          });
          await response.arrayBuffer();
          if (!response.ok) errors++;
        } catch {
          errors++;
        }
        const done = performance.now();
        if (sent >= warmupEnd && done <= end) {
          latencies.push(done - sent);
          measured++;
        }
      }
      throw new Error(`${options.label}: a worker ran out of prepared requests; prepare more`);
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    label: options.label,
    requests: measured,
    errors,
    seconds: options.seconds,
    throughput: measured / options.seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
}
