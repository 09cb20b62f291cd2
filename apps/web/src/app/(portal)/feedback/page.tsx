import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { FeedbackHome } from "@/components/feedback/feedback-home";

export async function generateMetadata() {
  return { title: (await getTranslations("feedback"))("title") };
}

/** Staff see what they filed; heads, HR and admins also the inbox of what reaches them (the procedures scope it). */
export default async function FeedbackPage() {
  const user = await requireUser();
  return <FeedbackHome canInbox={user.role !== "STAFF"} />;
}
