// The Node.js options the production server runs with (`npm start`, the e2e server and `pnpm bench` all read them
// here). Measured with `pnpm bench` (50 students answering for 8 s): left alone, V8 lets the heap grow to ~300 MiB
// of mostly garbage and the server holds 460–550 MiB resident; the live data after a full collection is ~75 MiB.
// A 256 MiB old-space ceiling makes V8 collect before it grows there (resident ~300–400 MiB, same throughput),
// and still leaves three times the live data for bursts (a 1,000-student report, an editor's import).

/** V8's ceiling for the old generation, in MiB. */
export const SERVER_HEAP_MIB = 256;

/** NODE_OPTIONS for the server: the deployer's own options kept, the heap ceiling added unless they set one. */
export function serverNodeOptions(existing = "") {
  const options = existing.trim();
  if (/--max-old-space-size/.test(options)) return options;
  return [options, `--max-old-space-size=${SERVER_HEAP_MIB}`].filter(Boolean).join(" ");
}
