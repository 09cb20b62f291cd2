import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";

export async function generateMetadata() {
  return { title: (await getTranslations("states"))("notFound.title") };
}

/** Any address that matches no page, and notFound() outside the portal shell: answers 404. */
export default async function NotFound() {
  const t = await getTranslations("states");
  return (
    <main id="main">
      <StatusPage title={t("notFound.title")} text={t("notFound.text")} homeLabel={t("home")} />
    </main>
  );
}
