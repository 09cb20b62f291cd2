import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { StaffingWorkbench } from "@/components/staffing/staffing-workbench";

export async function generateMetadata() {
  return { title: (await getTranslations("staffing"))("title") };
}

export default async function StaffingPage() {
  await requireUser(["ADMIN", "HR"]);
  return <StaffingWorkbench />;
}
