import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { AuditLog } from "@/components/audit/audit-log";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage() {
  await requireUser(["ADMIN"]);
  return <AuditLog />;
}
