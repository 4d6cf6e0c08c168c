import { describe, expect, it } from "vitest";
import { SERVER_HEAP_MIB, SERVER_MALLOC_ARENAS, serverEnvironment } from "../../server-node-options.mjs";

describe("serverEnvironment", () => {
  it("adds the heap ceiling and the malloc arena cap to a bare environment", () => {
    expect(serverEnvironment({})).toEqual({
      NODE_OPTIONS: `--max-old-space-size=${SERVER_HEAP_MIB}`,
      MALLOC_ARENA_MAX: String(SERVER_MALLOC_ARENAS),
    });
  });

  it("keeps the deployer's own options and lets their heap size and arena count win", () => {
    expect(serverEnvironment({ NODE_OPTIONS: "--enable-source-maps", MALLOC_ARENA_MAX: "" })).toEqual({
      NODE_OPTIONS: `--enable-source-maps --max-old-space-size=${SERVER_HEAP_MIB}`,
      MALLOC_ARENA_MAX: String(SERVER_MALLOC_ARENAS),
    });
    expect(serverEnvironment({ NODE_OPTIONS: "--max-old-space-size=1024", MALLOC_ARENA_MAX: "8" })).toEqual({
      NODE_OPTIONS: "--max-old-space-size=1024",
      MALLOC_ARENA_MAX: "8",
    });
  });
});
