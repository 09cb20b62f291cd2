import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { PrivacyPage } from "@/components/privacy/privacy-page";

export async function generateMetadata() {
  return { title: (await getTranslations("privacy"))("title") };
}

export default async function AdminPrivacyPage({
  searchParams,
}: {
  searchParams: Promise<{ candidate?: string | string[] }>;
}) {
  const user = await requireUser(["ADMIN", "HR"]);
  const { candidate } = await searchParams;
  return (
    <PrivacyPage
      isAdmin={user.role === "ADMIN"}
      candidateId={typeof candidate === "string" && candidate ? candidate : undefined}
    />
  );
}
