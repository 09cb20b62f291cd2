/** The settings packages/auth reads (README "Security"); parsed and checked where they are used. */
export const authSettings = () => ({
  /** Reverse proxies in front of the portal that append to X-Forwarded-For; unset = 0. */
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES,
  /** argon2 verifications allowed at once; unset = 2. */
  ARGON2_CONCURRENCY: process.env.ARGON2_CONCURRENCY,
  /** next-auth's own choice of secret (next-auth/lib/env.js), for reading its session cookie (session-token.ts). */
  AUTH_SECRET: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
});

/** Single sign-on and password sign-in (README "Single sign-on"); parsed and checked by sso-settings.ts. */
export const ssoEnv = () => ({
  OIDC_ISSUER: process.env.OIDC_ISSUER,
  OIDC_CLIENT_ID: process.env.OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET: process.env.OIDC_CLIENT_SECRET,
  OIDC_DISPLAY_NAME: process.env.OIDC_DISPLAY_NAME,
  OIDC_SCOPE: process.env.OIDC_SCOPE,
  OIDC_GROUPS_CLAIM: process.env.OIDC_GROUPS_CLAIM,
  OIDC_ROLE_MAP: process.env.OIDC_ROLE_MAP,
  OIDC_CREATE_UNKNOWN: process.env.OIDC_CREATE_UNKNOWN,
  PASSWORD_SIGNIN: process.env.PASSWORD_SIGNIN,
});
