"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

/** Header link to the notification centre with the unread count (refreshed every minute and on focus). */
export function NotificationBell() {
  const t = useTranslations("notifications");
  const trpc = useTRPC();
  const unread = useQuery({ ...trpc.notifications.unreadCount.queryOptions(), refetchInterval: 60_000 }).data ?? 0;
  return (
    <Link
      href="/notifications"
      className="relative rounded-md px-2 py-1 text-sm font-medium text-gray-700 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand-600"
      aria-label={unread > 0 ? t("bellUnread", { count: unread }) : t("bell")}
    >
      <span aria-hidden="true">🔔</span>
      {unread > 0 ? (
        <span aria-hidden="true" className="ml-1 rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
