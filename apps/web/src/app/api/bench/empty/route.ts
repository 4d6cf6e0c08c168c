// POST /api/bench/empty – benchmark reference: the framework's own ceiling (404 unless JIJI_BENCH_ROUTES=1)
import { NextResponse } from "next/server";
import { serverConfig } from "@/server/env";

export async function POST() {
  if (!serverConfig().isBenchRoutesEnabled) return new NextResponse(null, { status: 404 });
  return NextResponse.json({ ok: true });
}
