import { requireUser } from "@/server/session";
import { SegmentDetail } from "@/components/segments/segment-detail";

export default async function SegmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  return <SegmentDetail id={id} canEdit={user.role === "ADMIN"} />;
}
