import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { StaffCreate } from "@/components/staff/staff-create";

export async function generateMetadata() {
  return { title: (await getTranslations("staff"))("newTitle") };
}

export default async function NewStaffPage() {
  await requireUser(["ADMIN", "HR"]);
  const t = await getTranslations("staff");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <StaffCreate />
    </>
  );
}
