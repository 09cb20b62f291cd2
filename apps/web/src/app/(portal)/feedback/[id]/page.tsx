import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { FeedbackItem } from "@/components/feedback/feedback-item";

export async function generateMetadata() {
  const t = await getTranslations("feedback");
  return { title: t("item.title") };
}

/** Outside the caller's scope (another segment's head, another person's item) the page is "not found". */
export default async function FeedbackItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser();
  await requireRecord((api) => api.feedback.byId({ id }));
  return <FeedbackItem id={id} />;
}
