import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/server/session";
import { isLocale, loadMessages } from "./messages";

export const LOCALE_COOKIE = "portal-locale";

export default getRequestConfig(async () => {
  const user = await getCurrentUser();
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(user?.locale) ? user.locale : isLocale(cookieLocale) ? cookieLocale : "en";
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
