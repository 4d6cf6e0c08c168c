import { beforeEach, describe, expect, it, vi } from "vitest";

const config = { isBenchRoutesEnabled: false };
vi.mock("@/server/env", () => ({ serverConfig: () => config }));

const { POST: empty } = await import("./empty/route");
const { GET: memory } = await import("./memory/route");

describe("benchmark routes", () => {
  beforeEach(() => {
    config.isBenchRoutesEnabled = false;
  });

  it("answer 404 and say nothing about the server unless JIJI_BENCH_ROUTES=1", async () => {
    for (const response of [await empty(), await memory()]) {
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("");
    }
  });

  it("when enabled, the memory route reports resident memory and the heap by space, in MiB", async () => {
    config.isBenchRoutesEnabled = true;
    const body = await (await memory()).json();
    expect(body.rssMiB).toBeGreaterThan(body.heapUsedMiB);
    expect(body.heapTotalMiB).toBeGreaterThanOrEqual(body.heapUsedMiB);
    expect(body.heapSpacesMiB.old_space).toBeGreaterThan(0);
    expect((await empty()).status).toBe(200);
  });
});
