import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser } from "@/server/session";
import { MainNav } from "@/components/layout/main-nav";
import { UserMenu } from "@/components/layout/user-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { navFor } from "@/components/layout/nav-items";
import { callApi } from "@/trpc/server";

/**
 * The portal shell, rendered on the server; only the bell, the user menu and the navigation's current-page marker
 * are client islands, and none of them loads TanStack Query or the tRPC client (see apps/web/scripts/BENCHMARKS.md).
 * Client components that fetch with tRPC get `TRPCReactProvider` from the layout of their area (admin, hiring, …).
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations("common");
  const unread = await callApi((api) => api.notifications.unreadCount());
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b border-gray-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="font-semibold text-brand-800">
            {t("appName")}
          </Link>
          <div className="flex items-center gap-2">
            <NotificationBell initialUnread={unread.ok ? unread.data : 0} />
            <UserMenu name={user.name} role={user.role} />
          </div>
        </div>
        <div className="mx-auto max-w-7xl px-4 pb-2">
          <MainNav items={navFor(user)} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
