export { handlers, auth, signIn, signOut, ThrottledSignIn, InvalidSignIn, SSO_PROVIDER_ID } from "./config";
export { clientAddress, trustedProxyCount } from "./client-address";
export { loadSessionUser, endSession, type SessionUser, type SessionClaims } from "./session-user";
export { readSessionToken, sessionRenewAfterSeconds, type SessionToken } from "./session-token";
export { hashPassword, verifyPassword, generateOneTimePassword } from "./password";
export { signInOptions, ssoSettings } from "./sso-settings";
export { CredentialsSignin, AuthError } from "next-auth";
