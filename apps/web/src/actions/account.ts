"use server";
import { cookies } from "next/headers";
import { signOut } from "@portal/auth";
import { isLocale } from "@/i18n/messages";
import { LOCALE_COOKIE } from "@/i18n/request";
import { callApi } from "@/trpc/server";
import type { Locale } from "@portal/validators/locales";

export async function signOutAction(reason?: "password-changed") {
  await signOut({ redirectTo: reason ? `/login?reason=${reason}` : "/login" });
}

/** Remember the locale in a cookie too, so the sign-in page speaks the same language next time. */
export async function rememberLocaleAction(locale: string) {
  if (isLocale(locale))
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}

/** The header's language switcher: saved on the account (the next sign-in keeps it) and in the cookie. */
export async function setLocaleAction(locale: Locale) {
  const result = await callApi((api) => api.account.setLocale({ locale }));
  if (result.ok) await rememberLocaleAction(locale);
  return result;
}

/** The header's time-zone choice (null: the company's); the next render shows dates and times in it. */
export async function setTimeZoneAction(timeZone: string | null) {
  return callApi((api) => api.account.setTimeZone({ timeZone }));
}

/** The header's bell: how many of the caller's notifications are unread. */
export async function unreadNotificationsAction() {
  return callApi((api) => api.notifications.unreadCount());
}

/** The digest page's e-mail setting: whether the caller's weekly digest is also mailed. */
export async function setDigestEmailAction(enabled: boolean) {
  return callApi((api) => api.digest.setEmail({ enabled }));
}
