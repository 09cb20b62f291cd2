import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";

/** notFound() from a portal page (a record that does not exist or is out of the caller's scope): 404 in the shell. */
export default async function PortalNotFound() {
  const t = await getTranslations("states");
  return <StatusPage title={t("notFound.title")} text={t("notFound.text")} homeLabel={t("home")} />;
}
