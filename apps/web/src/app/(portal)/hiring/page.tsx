import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { PositionsList } from "@/components/pipeline/positions-list";

export async function generateMetadata() {
  return { title: (await getTranslations("pipeline"))("title") };
}

/** Positions with their pipelines; a head sees their own department's positions only. */
export default async function HiringPage() {
  await requireUser(["ADMIN", "HR", "HEAD"]);
  return <PositionsList />;
}
