import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { DepartmentDetail } from "@/components/departments/department-detail";

export default async function DepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  await requireRecord((api) => api.departments.byId({ id }));
  return (
    <DepartmentDetail
      id={id}
      canEdit={user.role === "ADMIN"}
      canManagePositions={user.role === "ADMIN" || user.role === "HR"}
      rankingScope={user.role === "HEAD" ? "team" : "organization"}
    />
  );
}
