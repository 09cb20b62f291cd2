import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { SegmentList } from "@/components/segments/segment-list";

export async function generateMetadata() {
  return { title: (await getTranslations("segments"))("title") };
}

export default async function SegmentsPage() {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  return <SegmentList canEdit={user.role === "ADMIN"} />;
}
