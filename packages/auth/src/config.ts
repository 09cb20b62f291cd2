import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInInput } from "@portal/validators";
import { checkCredentials } from "./sign-in";
import { endSession, type SessionClaims } from "./session-user";
import { clientAddress } from "./client-address";
import { safeRedirectPath } from "./safe-redirect";

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

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  trustHost: true,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInInput.safeParse(raw);
        if (!parsed.success) {
          console.warn("sign-in refused: malformed email or password");
          throw new InvalidSignIn();
        }
        const { email, password } = parsed.data;
        const result = await checkCredentials({ email, password, address: clientAddress(request?.headers) });
        if (!result.ok && result.reason === "throttled") {
          const err = new ThrottledSignIn();
          err.code = `throttled:${result.retryAfterSeconds}`;
          throw err;
        }
        if (!result.ok) throw new InvalidSignIn();
        const { user } = result;
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
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const sessionVersion = token?.sessionVersion;
      if (token?.sub && typeof sessionVersion === "number")
        await endSession({ id: token.sub, sessionVersion });
    },
  },
  logger: {
    // Refused sign-ins are logged once, on one line, by authorize(); next-auth would add a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth] ${error.name}: ${error.message}`, error.cause ?? "");
    },
  },
  callbacks: {
    // next-auth's own callback URLs (signIn/signOut redirectTo, ?callbackUrl=) stay on the site too.
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeRedirectPath(path, baseUrl)}`;
    },
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
