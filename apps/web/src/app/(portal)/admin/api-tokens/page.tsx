import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { ApiTokensPage } from "@/components/api-tokens/api-tokens-page";

export async function generateMetadata() {
  return { title: (await getTranslations("apiTokens"))("title") };
}

export default async function AdminApiTokensPage() {
  await requireUser(["ADMIN"]);
  return <ApiTokensPage />;
}
