import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { PositionList } from "@/components/positions/position-list";

export async function generateMetadata() {
  return { title: (await getTranslations("positions"))("title") };
}

export default async function PositionsPage() {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  return <PositionList canCreate={user.role === "ADMIN" || user.role === "HR"} />;
}
