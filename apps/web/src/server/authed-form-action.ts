import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { SessionUser } from "./account-schemas";
import { type FormState, formAction } from "./form-action";
import { currentUser } from "./session";

/** Like formAction, for signed-in people only: a missing session goes to sign in before anything is parsed. */
export function authedFormAction<Schema extends z.ZodType>(
  schema: Schema,
  body: (input: z.output<Schema>, user: SessionUser) => Promise<FormState | undefined>,
) {
  return async (previous: FormState, formData: FormData): Promise<FormState> => {
    const user = await currentUser();
    if (!user) redirect("/signin");
    return formAction(schema, (input) => body(input, user))(previous, formData);
  };
}
