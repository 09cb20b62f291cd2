import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/server/session";
import { isLocale, loadMessages } from "./messages";
import { isDatabaseUnreachable } from "@portal/api/outage";

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
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
