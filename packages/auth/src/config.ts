import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { prisma } from "@portal/db";
import { signInInput } from "@portal/validators";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { checkThrottle, recordAttempt } from "./throttle";
import type { SessionClaims } from "./session-user";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    role?: string;
  }
  interface Session {
    user: SessionClaims & { role: string } & DefaultSession["user"];
  }
}

/** Error codes the login page turns into messages; none says whether the account exists. */
export class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
}
export class InvalidSignIn extends CredentialsSignin {
  override code = "invalid";
}

export function clientIp(headers: Headers | undefined): string {
  const forwarded = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers?.get("x-real-ip") || "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  trustHost: true,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInInput.safeParse(raw);
        if (!parsed.success) throw new InvalidSignIn();
        const { email, password } = parsed.data;
        const ip = clientIp(request?.headers);
        const throttle = await checkThrottle(email, ip);
        if (throttle.blocked) {
          const err = new ThrottledSignIn();
          err.code = `throttled:${throttle.retryAfterSeconds}`;
          throw err;
        }
        const user = await prisma.user.findUnique({ where: { email } });
        const ok = user
          ? await verifyPassword(user.passwordHash, password)
          : await verifyAgainstDummy(password);
        const accepted = ok && !!user && user.active;
        await recordAttempt(email, ip, accepted);
        if (!accepted || !user) throw new InvalidSignIn();
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        // `user` is only present at sign-in; later requests re-read role and status from the database.
        token.sessionVersion = user.sessionVersion ?? 0;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
      session.user.role = typeof token.role === "string" ? token.role : "";
      return session;
    },
  },
});
