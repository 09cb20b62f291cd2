import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { NotificationCentre } from "@/components/notifications/notification-centre";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  await requireUser();
  return <NotificationCentre />;
}
