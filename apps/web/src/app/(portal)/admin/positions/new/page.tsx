import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { PositionForm } from "@/components/positions/position-form";

export async function generateMetadata() {
  return { title: (await getTranslations("positions"))("newTitle") };
}

export default async function NewPositionPage({
  searchParams,
}: {
  searchParams: Promise<{ departmentId?: string | string[] }>;
}) {
  await requireUser(["ADMIN", "HR"]);
  const t = await getTranslations("positions");
  const { departmentId } = await searchParams;
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <PositionForm initial={typeof departmentId === "string" ? { departmentId } : undefined} />
    </>
  );
}
