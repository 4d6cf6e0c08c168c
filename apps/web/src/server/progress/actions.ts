"use server";

import { getDatabase } from "@jiji/db";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedFormAction } from "../authed-form-action";
import { currentUser } from "../session";
import { practiseFactSchema, startFactPractice } from "./practise-fact";
import { timeZoneSchema, updateTimeZone } from "./time-zone-setting";

/** The "practise this fact" button: starts a short practice quiz about the fact and opens it. */
export async function practiseFactAction(formData: FormData): Promise<void> {
  const user = await currentUser();
  if (!user) redirect("/signin?callbackUrl=%2Fprogress");
  const input = practiseFactSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) redirect("/progress");
  const started = await startFactPractice(await getDatabase(), user.id, input.data);
  redirect(started.ok ? `/quiz/${started.attemptId}` : `/progress?practiseError=${started.reason}`);
}

export const updateTimeZoneAction = authedFormAction(timeZoneSchema, async (input, user) => {
  await updateTimeZone(await getDatabase(), user.id, input.timeZone);
  revalidatePath("/progress");
  // An empty result still echoes the submitted values: the form reads that as "saved".
  return {};
});
