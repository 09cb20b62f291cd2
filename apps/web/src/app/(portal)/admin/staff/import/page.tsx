import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { StaffImport } from "@/components/staff/staff-import";

export async function generateMetadata() {
  return { title: (await getTranslations("staff"))("importTitle") };
}

export default async function StaffImportPage() {
  await requireUser(["ADMIN", "HR"]);
  const t = await getTranslations("staff");
  return (
    <>
      <PageHeader title={t("importTitle")} description={t("importDescription")} />
      <StaffImport />
    </>
  );
}
