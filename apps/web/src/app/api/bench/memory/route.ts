// GET /api/bench/memory – benchmark: where the server's memory is, by kind (404 unless JIJI_BENCH_ROUTES=1)
import { getHeapSpaceStatistics } from "node:v8";
import { NextResponse } from "next/server";
import { serverConfig } from "@/server/env";

const MiB = 1024 * 1024;

export async function GET() {
  if (!serverConfig().isBenchRoutesEnabled) return new NextResponse(null, { status: 404 });
  // With `node --expose-gc` (BENCH_SERVER_NODE_ARGS) the figures are taken after a full collection: live data only.
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return NextResponse.json({
    rssMiB: usage.rss / MiB,
    heapTotalMiB: usage.heapTotal / MiB,
    heapUsedMiB: usage.heapUsed / MiB,
    externalMiB: usage.external / MiB,
    arrayBuffersMiB: usage.arrayBuffers / MiB,
    heapSpacesMiB: Object.fromEntries(
      getHeapSpaceStatistics().map((space) => [space.space_name, space.space_size / MiB]),
    ),
  });
}
