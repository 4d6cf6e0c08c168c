import "server-only";
import type { Database } from "@jiji/db";
import { z } from "zod";
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "@/lib/time-zone";

export const timeZoneSchema = z.object({
  timeZone: z.string().trim().min(1, "invalid").max(64, "invalid").refine(isValidTimeZone, "invalid"),
});

/** The zones offered in the settings form: every IANA zone this runtime knows, Tokyo first. */
export function selectableTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return [DEFAULT_TIME_ZONE, ...zones.filter((zone) => zone !== DEFAULT_TIME_ZONE)];
}

export async function updateTimeZone(db: Database, userId: string, timeZone: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { timeZone } });
}
