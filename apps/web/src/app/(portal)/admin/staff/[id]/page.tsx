import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { StaffDetail } from "@/components/staff/staff-detail";

export async function generateMetadata() {
  return { title: (await getTranslations("staff"))("title") };
}

/** A head reaches only their own department's people (others are "not found"), and may assess them. */
export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  await requireRecord((api) => api.staff.byId({ id }));
  return <StaffDetail id={id} canManage={user.role === "ADMIN" || user.role === "HR"} canAssess />;
}
