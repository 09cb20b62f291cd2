import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { FeedbackInsightView } from "@/components/feedback/insight-view";

export async function generateMetadata() {
  return { title: (await getTranslations("feedback"))("insight.title") };
}

/** A head sees their segments, HR and admins all (the procedures enforce the same scope). */
export default async function FeedbackInsightPage() {
  await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  return <FeedbackInsightView />;
}
