import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { FeedbackEditForm } from "@/components/feedback/feedback-form";

export async function generateMetadata() {
  return { title: (await getTranslations("feedback"))("edit.title") };
}

/** Only the author edits (the procedure refuses anyone else too); each edit keeps the version it replaces. */
export default async function EditFeedbackPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser();
  const item = await requireRecord((api) => api.feedback.byId({ id }));
  if (item.ok && !item.data.canEdit) forbidden();
  const t = await getTranslations("feedback");
  return (
    <>
      <PageHeader title={t("edit.title")} description={t("edit.description")} />
      <FeedbackEditForm id={id} />
    </>
  );
}
