import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { ProgressView } from "@/components/progress/progress-view";

export async function generateMetadata() {
  return { title: (await getTranslations("courses"))("progressTitle") };
}

export default async function TrainingProgressPage() {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  return <ProgressView isHead={user.role === "HEAD"} />;
}
