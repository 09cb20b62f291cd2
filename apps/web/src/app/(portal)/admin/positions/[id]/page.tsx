import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { PositionDetail } from "@/components/positions/position-detail";

export default async function PositionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  await requireRecord((api) => api.positions.byId({ id }));
  return <PositionDetail id={id} canEdit={user.role === "ADMIN" || user.role === "HR"} />;
}
