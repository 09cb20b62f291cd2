import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { CoverageDashboard } from "@/components/coverage/coverage-dashboard";

export async function generateMetadata() {
  return { title: (await getTranslations("coverage"))("title") };
}

export default async function CoveragePage() {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  return <CoverageDashboard isHead={user.role === "HEAD"} />;
}
