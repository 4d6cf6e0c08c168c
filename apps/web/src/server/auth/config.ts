import { getDatabase } from "@jiji/db";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { type SessionUser, sessionUserSchema, signInSchema } from "../account-schemas";
import { serverConfig } from "../env";
import { clientAddress } from "../forwarded-headers";
import { signInWithPassword } from "./password-sign-in";
import { isSessionCurrent } from "./session-version";
import { endSessions } from "./sign-out";

declare module "next-auth" {
  interface Session {
    user: SessionUser & DefaultSession["user"];
  }
}

/** A locked account or address: the form reads this code to say how long to wait. */
export class TooManySignInAttempts extends CredentialsSignin {
  override code = "too-many-attempts";
}

// Lazy config: the secret and database are resolved at request time, not while `next build` runs.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: serverConfig().authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Every path that checks a password ends here, Auth.js's own POST /api/auth/callback/credentials too.
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await signInWithPassword(
          await getDatabase(),
          parsed.data,
          clientAddress(request.headers),
        );
        if (result.status === "locked") throw new TooManySignInAttempts();
        return result.status === "signed-in" ? result.user : null;
      },
    }),
  ],
  events: {
    // Sign-out ends the session on the server too: a copied cookie stops working at once.
    async signOut(message) {
      if ("token" in message && message.token) await endSessions(await getDatabase(), message.token);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as SessionUser;
        token.sub = signedIn.id;
        token.role = signedIn.role;
        token.sessionVersion = signedIn.sessionVersion;
        return token;
      }
      // A token from before a sign-out or a password change is no session (pages, proxy, /api/auth/session).
      const claims = { id: token.sub ?? "", sessionVersion: Number(token.sessionVersion) };
      return (await isSessionCurrent(await getDatabase(), claims)) ? token : null;
    },
    session({ session, token }) {
      const user = sessionUserSchema.safeParse({
        id: token.sub,
        name: token.name,
        email: token.email,
        role: token.role,
        sessionVersion: token.sessionVersion,
      });
      if (user.success) Object.assign(session.user, user.data);
      return session;
    },
  },
}));
