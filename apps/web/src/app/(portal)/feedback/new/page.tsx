import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { FeedbackForm } from "@/components/feedback/feedback-form";

export async function generateMetadata() {
  return { title: (await getTranslations("feedback"))("new.title") };
}

export default async function NewFeedbackPage() {
  await requireUser();
  const t = await getTranslations("feedback");
  return (
    <>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      <FeedbackForm />
    </>
  );
}
