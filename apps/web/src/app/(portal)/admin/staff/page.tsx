import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { StaffList } from "@/components/staff/staff-list";

export async function generateMetadata() {
  return { title: (await getTranslations("staff"))("title") };
}

export default async function StaffPage() {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  return <StaffList canManage={user.role === "ADMIN" || user.role === "HR"} />;
}
