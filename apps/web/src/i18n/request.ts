import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/server/session";
import { isLocale, loadMessages } from "./messages";
import { portalTimeZone } from "@/env";
import { isDatabaseUnreachable } from "@portal/api/outage";
import { isTimeZone } from "@portal/validators";

/** During a database outage the page still renders (its error page, the sign-in form) in the cookie's locale. */
const userDuringOutage = (error: unknown) => {
  if (isDatabaseUnreachable(error)) return null;
  throw error;
};

export const LOCALE_COOKIE = "portal-locale";

export default getRequestConfig(async () => {
  const user = await getCurrentUser().catch(userDuringOutage);
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(user?.locale) ? user.locale : isLocale(cookieLocale) ? cookieLocale : "en";
  // One time zone and one "now" per request, for the server's rendering and the client's alike (the root layout's
  // NextIntlClientProvider passes both on): relative times ("in 2 weeks") and dates agree between the two. The
  // time zone is the user's own when they chose one, otherwise the company's.
  const timeZone = user?.timeZone && isTimeZone(user.timeZone) ? user.timeZone : portalTimeZone();
  return { locale, messages: await loadMessages(locale), timeZone, now: new Date() };
});
