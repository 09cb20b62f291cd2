export { handlers, auth, signIn, signOut, ThrottledSignIn, InvalidSignIn, clientIp } from "./config";
export { loadSessionUser, type SessionUser, type SessionClaims } from "./session-user";
export { hashPassword, verifyPassword, generateOneTimePassword } from "./password";
export { CredentialsSignin, AuthError } from "next-auth";
