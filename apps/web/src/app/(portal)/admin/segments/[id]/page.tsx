import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { SegmentDetail } from "@/components/segments/segment-detail";

export default async function SegmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  await requireRecord((api) => api.segments.byId({ id }));
  return <SegmentDetail id={id} canEdit={user.role === "ADMIN"} />;
}
