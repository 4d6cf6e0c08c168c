import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { FormState } from "@/components/form/form-state";
import type { SessionUser } from "../account-schemas";
import { formAction, formPostAction } from "./form-action";
import { currentSession } from "./session";
import type { StoredAccount } from "./session-version";

/** Like formAction, for signed-in people only: a missing session goes to sign in before anything is parsed. */
export function authedFormAction<Schema extends z.ZodType>(
  schema: Schema,
  body: (input: z.output<Schema>, user: SessionUser, stored: StoredAccount) => Promise<FormState | undefined>,
) {
  return async (previous: FormState, formData: FormData): Promise<FormState> => {
    const signedIn = await currentSession();
    if (!signedIn) redirect("/signin");
    return formAction(schema, (input) => body(input, signedIn.user, signedIn.stored))(previous, formData);
  };
}

/**
 * Like formPostAction (a plain `<form action>`), for signed-in people only: a missing session goes to sign in and
 * back to `returnTo`; a rejected input runs `invalid` (typically a redirect) and changes nothing.
 */
export function authedFormPostAction<Schema extends z.ZodType>(
  schema: Schema,
  options: { returnTo: string; invalid: () => Promise<void> | void },
  body: (input: z.output<Schema>, user: SessionUser) => Promise<void>,
) {
  return async (formData: FormData): Promise<void> => {
    const user = (await currentSession())?.user;
    if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(options.returnTo)}`);
    return formPostAction(schema, (input) => body(input, user), options.invalid)(formData);
  };
}
