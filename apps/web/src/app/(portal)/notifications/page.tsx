import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { NotificationCentre } from "@/components/notifications/notification-centre";
import { firstNotificationListInput } from "@/components/notifications/notification-list-input";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  await requireUser();
  await getQueryClient().prefetchQuery(
    trpcServer.notifications.list.queryOptions(firstNotificationListInput),
  );
  return (
    <HydrateClient>
      <NotificationCentre />
    </HydrateClient>
  );
}
