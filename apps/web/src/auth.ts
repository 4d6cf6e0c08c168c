import { randomUUID } from "node:crypto";
import { getDatabase, hashPassword, normalizeEmail, verifyPassword } from "@jiji/db";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { type SessionUser, sessionUserSchema, signInSchema } from "@/server/account-schemas";
import { serverConfig } from "@/server/env";

declare module "next-auth" {
  interface Session {
    user: SessionUser & DefaultSession["user"];
  }
}

// Verified against when the email is unknown, so a wrong email and a wrong password take the same time.
let decoyHash: Promise<string> | undefined;
function timingDecoyHash(): Promise<string> {
  decoyHash ??= hashPassword(randomUUID());
  return decoyHash;
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
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const db = await getDatabase();
        const user = await db.user.findUnique({ where: { email: normalizeEmail(parsed.data.email) } });
        const isValid = await verifyPassword(
          user?.passwordHash ?? (await timingDecoyHash()),
          parsed.data.password,
        );
        if (!user || !isValid) return null;
        return {
          id: user.id,
          name: user.name,
          email: user.email,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as SessionUser;
        token.sub = signedIn.id;
        token.role = signedIn.role;
        token.sessionVersion = signedIn.sessionVersion;
      }
      return token;
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
