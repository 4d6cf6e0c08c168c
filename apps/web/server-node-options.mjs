// The environment the production server starts with (`npm start`, the e2e server and `pnpm bench` all read it
// here). Both settings are read by the process at start-up, so they must be in place before Node starts.
//
// The V8 heap: measured with `pnpm bench` (50 students answering for 8 s), left alone V8 lets the heap grow to
// ~300 MiB of mostly garbage and the server holds 460–550 MiB resident; the live data after a full collection is
// ~75 MiB. A 256 MiB old-space ceiling makes V8 collect before it grows there (same throughput), and still leaves
// three times the live data for bursts (a 1,000-student report, an editor's import).
//
// The native side: it used to grow by ~120–200 MiB under that load, and it was SQLite connections. Unpatched,
// @libsql/client opens a new connection after each transaction and leaves the transaction's one (its 2 MiB page
// cache, prepared statements) to the garbage collector, which does not see that memory: ~50 were open during a run,
// and glibc's main heap grew from 21 to 140 MiB. patches/@libsql__client@0.8.1.patch hands the connection back when
// the transaction ends: 239–255 MiB resident after the run (8 runs) against 384–391 MiB unpatched in the same
// session (3 runs; 425–446 MiB in earlier sessions), and more answers per second (469–506 against 407–419 in the
// interleaved runs).
//
// glibc's malloc arenas: with that patch, two arenas still measured 244–245 MiB resident after the run against
// 274–279 MiB with 16 (glibc's default for two cores), and one arena no less (244–245; 2 runs each). Other C
// libraries ignore the variable. Not set: a smaller young generation (--max-semi-space-size=8) measured 228–235 MiB,
// but its throughput (380–384 req/s against 308–449 beside it) could not be judged on a shared machine, and the
// 400 MiB target is met without it.

/** V8's ceiling for the old generation, in MiB. */
export const SERVER_HEAP_MIB = 256;

/** glibc's MALLOC_ARENA_MAX for the server. */
export const SERVER_MALLOC_ARENAS = 2;

/** NODE_OPTIONS for the server: the deployer's own options kept, the heap ceiling added unless they set one. */
export function serverNodeOptions(existing = "") {
  const options = existing.trim();
  if (/--max-old-space-size/.test(options)) return options;
  return [options, `--max-old-space-size=${SERVER_HEAP_MIB}`].filter(Boolean).join(" ");
}

/** The variables the server starts with, on top of `env`: a deployer's own MALLOC_ARENA_MAX or heap size wins. */
export function serverEnvironment(env = process.env) {
  return {
    NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS),
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX || String(SERVER_MALLOC_ARENAS),
  };
}
