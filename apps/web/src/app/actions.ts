"use server";
import { cookies } from "next/headers";
import { signOut } from "@portal/auth";
import { isLocale } from "@/i18n/messages";
import { LOCALE_COOKIE } from "@/i18n/request";

export async function signOutAction(reason?: "password-changed") {
  await signOut({ redirectTo: reason ? `/login?reason=${reason}` : "/login" });
}

/** Remember the locale in a cookie too, so the sign-in page speaks the same language next time. */
export async function rememberLocaleAction(locale: string) {
  if (isLocale(locale)) (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
