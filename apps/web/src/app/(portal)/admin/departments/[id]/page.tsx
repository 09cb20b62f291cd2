import { requireUser } from "@/server/session";
import { DepartmentDetail } from "@/components/departments/department-detail";

export default async function DepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  return (
    <DepartmentDetail
      id={id}
      canEdit={user.role === "ADMIN"}
      canManagePositions={user.role === "ADMIN" || user.role === "HR"}
      rankingScope={user.role === "HEAD" ? "team" : "organization"}
    />
  );
}
