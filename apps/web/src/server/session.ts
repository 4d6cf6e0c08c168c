import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { type SessionUser, sessionUserSchema } from "./account-schemas";

/** The signed-in user, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = sessionUserSchema.safeParse(session?.user);
  return user.success ? user.data : null;
}

/** For protected pages: sends a signed-out visitor to sign in, and back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
