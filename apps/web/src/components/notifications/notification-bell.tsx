"use client";
import { Bell } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { unreadNotificationsAction } from "@/actions/account";
import { onChange } from "@/trpc/changes";

/**
 * Header link to the notification centre with the unread count: rendered by the server, then refreshed every
 * minute while the tab is visible, when the tab regains focus and when the centre marks notifications read.
 */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("notifications");
  const [unread, setUnread] = useState(initialUnread);
  // A server render (e.g. after changing the language) brings a fresh count.
  const [rendered, setRendered] = useState(initialUnread);
  if (rendered !== initialUnread) {
    setRendered(initialUnread);
    setUnread(initialUnread);
  }
  useEffect(() => {
    let active = true;
    let fetchedAt = Date.now();
    const refresh = async () => {
      fetchedAt = Date.now();
      const result = await unreadNotificationsAction().catch(() => null);
      if (!active || !result) return;
      if (result.ok) setUnread(result.data);
      else if (result.error.code === "UNAUTHORIZED") window.location.assign("/session-ended");
    };
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, 60_000);
    const onFocus = () => {
      if (document.visibilityState === "visible" && Date.now() - fetchedAt > 10_000) void refresh();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onFocus);
    const stopListening = onChange((area) => {
      if (area === "notifications") void refresh();
    });
    return () => {
      active = false;
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onFocus);
      stopListening();
    };
  }, []);
  return (
    <Link
      href="/notifications"
      className="relative rounded-md px-2 py-1 text-sm font-medium text-gray-700 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand-600"
      aria-label={unread > 0 ? t("bellUnread", { count: unread }) : t("bell")}
    >
      <Bell aria-hidden="true" className="inline size-5 align-text-bottom" />
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="ml-1 rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
