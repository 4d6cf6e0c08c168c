// The environment the production server starts with (`npm start`, the e2e server and `pnpm bench` all read it
// here). Both settings are read by the process at start-up, so they must be in place before Node starts.
//
// The V8 heap: measured with `pnpm bench` (50 students answering for 8 s), left alone V8 lets the heap grow to
// ~300 MiB of mostly garbage and the server holds 460–550 MiB resident; the live data after a full collection is
// ~75 MiB. A 256 MiB old-space ceiling makes V8 collect before it grows there (same throughput), and still leaves
// three times the live data for bursts (a 1,000-student report, an editor's import).
//
// glibc's malloc arenas: under that load the native side (the libSQL driver, HTTP buffers) grows by ~200 MiB
// beside the heap, much of it spread over per-thread arenas. Two arenas measured 425–442 MiB resident after the run
// against 464–482 MiB with glibc's default (4 runs each, same throughput). Other C libraries ignore the variable.

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
