import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { DepartmentList } from "@/components/departments/department-list";

export async function generateMetadata() {
  return { title: (await getTranslations("departments"))("title") };
}

export default async function DepartmentsPage() {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  return <DepartmentList canCreate={user.role === "ADMIN"} />;
}
