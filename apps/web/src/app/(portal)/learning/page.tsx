import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { MyOnboarding } from "@/components/learning/my-onboarding";

export async function generateMetadata() {
  return { title: (await getTranslations("learning"))("title") };
}

/** Any signed-in role: their own courses (an empty state without a staff record). */
export default async function LearningPage() {
  await requireUser();
  return <MyOnboarding />;
}
