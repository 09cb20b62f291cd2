import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";

/** forbidden() from a portal page (a record the caller may not open): 403 in the shell. */
export default async function PortalForbidden() {
  const t = await getTranslations("states");
  return <StatusPage title={t("forbidden.title")} text={t("forbidden.text")} homeLabel={t("home")} />;
}
