import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { DepartmentForm } from "@/components/departments/department-form";

export async function generateMetadata() {
  return { title: (await getTranslations("departments"))("newTitle") };
}

export default async function NewDepartmentPage({
  searchParams,
}: {
  searchParams: Promise<{ segmentId?: string | string[] }>;
}) {
  await requireUser(["ADMIN"]);
  const t = await getTranslations("departments");
  const { segmentId } = await searchParams;
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <DepartmentForm initial={typeof segmentId === "string" ? { segmentId } : undefined} />
    </>
  );
}
