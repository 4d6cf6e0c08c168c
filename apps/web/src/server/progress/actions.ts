"use server";

import { getDatabase } from "@jiji/db";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedFormAction, authedFormPostAction } from "../auth/authed-form-action";
import { practiseFactSchema, startFactPractice } from "./practise-fact";
import { timeZoneSchema, updateTimeZone } from "./time-zone-setting";

/** The "practise this fact" button: starts a short practice quiz about the fact and opens it. */
export const practiseFactAction = authedFormPostAction(
  practiseFactSchema,
  { returnTo: "/progress", invalid: () => redirect("/progress") },
  async (input, user) => {
    const started = await startFactPractice(await getDatabase(), user.id, input);
    redirect(started.ok ? `/quiz/${started.attemptId}` : `/progress?practiseError=${started.reason}`);
  },
);

export const updateTimeZoneAction = authedFormAction(timeZoneSchema, async (input, user) => {
  await updateTimeZone(await getDatabase(), user.id, input.timeZone);
  revalidatePath("/progress");
  // An empty result still echoes the submitted values: the form reads that as "saved".
  return {};
});
