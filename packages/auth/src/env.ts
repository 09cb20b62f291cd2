/** The settings packages/auth reads (README "Security"); parsed and checked where they are used. */
export const authSettings = () => ({
  /** Reverse proxies in front of the portal that append to X-Forwarded-For; unset = 0. */
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES,
  /** argon2 verifications allowed at once; unset = 2. */
  ARGON2_CONCURRENCY: process.env.ARGON2_CONCURRENCY,
  /** next-auth's own choice of secret (next-auth/lib/env.js), for reading its session cookie (session-token.ts). */
  AUTH_SECRET: process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET,
});
