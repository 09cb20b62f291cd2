import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { ReadinessDashboard } from "@/components/readiness/readiness-dashboard";

export async function generateMetadata() {
  return { title: (await getTranslations("readiness"))("title") };
}

/** Heads see their own department(s); HR and admins choose any. The procedures enforce the same scope. */
export default async function ReadinessPage() {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  return <ReadinessDashboard isHead={user.role === "HEAD"} />;
}
