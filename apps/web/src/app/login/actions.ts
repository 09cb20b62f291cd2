"use server";
import { AuthError, CredentialsSignin, SSO_PROVIDER_ID, signIn } from "@portal/auth";
import { isDatabaseUnreachable } from "@portal/api/outage";
import { safeRedirectPath } from "@portal/auth/redirect";

export type SignInState = {
  error?: "invalid" | "throttled" | "missing" | "unavailable";
  retryAfterMinutes?: number;
  email?: string;
};

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "missing", email };
  try {
    await signIn("credentials", { email, password, redirectTo: safeRedirectPath(form.get("next")) });
    return {};
  } catch (e) {
    if (e instanceof CredentialsSignin && e.code.startsWith("throttled")) {
      const seconds = Number(e.code.split(":")[1] ?? 900);
      return { error: "throttled", retryAfterMinutes: Math.max(1, Math.ceil(seconds / 60)), email };
    }
    // next-auth wraps what authorize threw (CallbackRouteError); an outage is not a wrong password.
    if (isDatabaseUnreachable(e)) return { error: "unavailable", email };
    if (e instanceof AuthError) return { error: "invalid", email };
    throw e; // success is a NEXT_REDIRECT thrown by signIn
  }
}

/** "Sign in with <company account>": next-auth sends the browser to the identity provider (a NEXT_REDIRECT). */
export async function ssoSignInAction(form: FormData): Promise<void> {
  await signIn(SSO_PROVIDER_ID, { redirectTo: safeRedirectPath(form.get("next")) });
}
