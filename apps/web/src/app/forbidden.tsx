import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";

export async function generateMetadata() {
  return { title: (await getTranslations("states"))("forbidden.title") };
}

/** forbidden() outside the portal shell: answers 403. */
export default async function Forbidden() {
  const t = await getTranslations("states");
  return (
    <main id="main">
      <StatusPage title={t("forbidden.title")} text={t("forbidden.text")} homeLabel={t("home")} />
    </main>
  );
}
