import "server-only";
import type { Database } from "@jiji/db";
import { cookies } from "next/headers";
import { z } from "zod";
import { currentUser } from "../auth/session";

/** A visitor's choice lives in this cookie; a signed-in reader's on the account (User.showFurigana). */
export const FURIGANA_COOKIE = "jiji-furigana";

export const furiganaChoiceSchema = z.object({
  show: z.enum(["on", "off"]).transform((value) => value === "on"),
  articleSlug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
});

/** Off unless the reader turned it on. */
export async function readFuriganaPreference(db: Database): Promise<boolean> {
  const user = await currentUser();
  if (!user) return (await cookies()).get(FURIGANA_COOKIE)?.value === "on";
  const row = await db.user.findUnique({ where: { id: user.id }, select: { showFurigana: true } });
  return row?.showFurigana ?? false;
}

export async function saveFuriganaPreference(db: Database, show: boolean): Promise<void> {
  const user = await currentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { showFurigana: show } });
  else
    (await cookies()).set(FURIGANA_COOKIE, show ? "on" : "off", {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
    });
}
