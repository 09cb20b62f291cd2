import NextAuth, { CredentialsSignin, type DefaultSession, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { prisma, type Db } from "@portal/db";
import { signInInput } from "@portal/validators";
import { checkCredentials } from "./sign-in";
import { endSession, type SessionClaims } from "./session-user";
import { clientAddress } from "./client-address";
import { safeRedirectPath } from "./safe-redirect";
import { ssoSettings, type OidcSettings, type SsoSettings } from "./sso-settings";
import { resolveSsoSignIn } from "./sso-sign-in";

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

/** next-auth's id for the company's identity provider: its callback is /api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = "oidc";

const passwordProvider = (db: Db) =>
  Credentials({
    credentials: { email: {}, password: {} },
    async authorize(raw, request) {
      const parsed = signInInput.safeParse(raw);
      if (!parsed.success) {
        console.warn("sign-in refused: malformed email or password");
        throw new InvalidSignIn();
      }
      const { email, password } = parsed.data;
      const result = await checkCredentials(
        { email, password, address: clientAddress(request?.headers) },
        db,
      );
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
  });

/**
 * The company's OpenID Connect provider. The claims are read from its userinfo endpoint (`idToken: false`): every
 * provider puts the scopes' claims (email_verified, groups) there, while some leave them out of the ID token, which
 * is still required and checked (signature, audience, nonce).
 */
const companyProvider = (oidc: OidcSettings): Provider => ({
  id: SSO_PROVIDER_ID,
  name: oidc.displayName ?? "OpenID Connect",
  type: "oidc",
  issuer: oidc.issuer,
  clientId: oidc.clientId,
  clientSecret: oidc.clientSecret,
  checks: ["pkce", "state", "nonce"],
  idToken: false,
  authorization: { params: { scope: oidc.scope } },
});

/**
 * next-auth's configuration for the given sign-in settings (README "Single sign-on"). `db` is where single sign-on
 * looks people up (tests pass their own database). Both ways in end in the same JWT session: the portal account's id,
 * role and session version, re-checked against the database on every request (loadSessionUser).
 */
export function portalAuthConfig(settings: SsoSettings, db: Db = prisma): NextAuthConfig {
  const { oidc } = settings;
  return {
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    // next-auth's own errors (a tampered or expired state, nonce or PKCE cookie, the provider down) land on the sign-in
    // page as ?error=..., which it words as "did not complete, try again".
    pages: { signIn: "/login", error: "/login" },
    trustHost: true,
    providers: [
      ...(settings.passwordSignIn ? [passwordProvider(db)] : []),
      ...(oidc ? [companyProvider(oidc)] : []),
    ],
    events: {
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        const sessionVersion = token?.sessionVersion;
        if (token?.sub && typeof sessionVersion === "number")
          await endSession({ id: token.sub, sessionVersion }, db);
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
      /**
       * A sign-in through the company account is matched to a portal account here; a refusal goes back to the sign-in
       * page with its reason. next-auth passes this same `user` object on to the jwt callback (without a database
       * adapter, @auth/core lib/actions/callback), so the portal account's claims replace the provider's.
       */
      async signIn({ user, account, profile }) {
        if (account?.provider !== SSO_PROVIDER_ID || !oidc) return true;
        const result = await resolveSsoSignIn({ ...profile }, oidc, db);
        if (!result.ok) return `/login?sso=${result.reason}`;
        Object.assign(user, result.user);
        return true;
      },
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
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
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(portalAuthConfig(ssoSettings()));
