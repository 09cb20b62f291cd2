import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { WebhooksPage } from "@/components/webhooks/webhooks-page";

export async function generateMetadata() {
  return { title: (await getTranslations("webhooks"))("title") };
}

export default async function AdminWebhooksPage() {
  await requireUser(["ADMIN"]);
  return <WebhooksPage />;
}
