import "server-only";
import type { Database } from "@jiji/db";
import { z } from "zod";
import { isValidTimeZone } from "./time-zone";

export const timeZoneSchema = z.object({
  timeZone: z.string().trim().min(1, "invalid").max(64, "invalid").refine(isValidTimeZone, "invalid"),
});

/** The zones offered in the settings form: every IANA zone this runtime knows, Tokyo first. */
export function selectableTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return ["Asia/Tokyo", ...zones.filter((zone) => zone !== "Asia/Tokyo")];
}

export async function updateTimeZone(db: Database, userId: string, timeZone: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { timeZone } });
}
