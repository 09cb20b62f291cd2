import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { SegmentForm } from "@/components/segments/segment-form";

export default async function NewSegmentPage() {
  await requireUser(["ADMIN"]);
  const t = await getTranslations("segments");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <SegmentForm />
    </>
  );
}
