import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { getApi } from "@/trpc/server";
import { CompanySettingsForm } from "@/components/company/company-settings-form";

export async function generateMetadata() {
  return { title: (await getTranslations("company"))("title") };
}

/** The company's name and logo, shown in every user's header and on certificates (ADMIN only). */
export default async function CompanySettingsPage() {
  await requireUser(["ADMIN"]);
  const t = await getTranslations("company");
  const profile = await (await getApi()).company.profile();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CompanySettingsForm initial={profile} />
    </>
  );
}
