import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser } from "@/server/session";
import { MainNav } from "@/components/layout/main-nav";
import { UserMenu } from "@/components/layout/user-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { navFor } from "@/components/layout/nav-items";
import { callApi } from "@/trpc/server";
import { CompanyBrand } from "@/components/layout/company-brand";
import { getCompanyProfile } from "@/server/company";
import { portalTimeZone } from "@/env";

/**
 * The portal shell, rendered on the server; only the bell, the user menu and the navigation's current-page marker
 * are client islands, and none of them loads TanStack Query or the tRPC client (see apps/web/scripts/BENCHMARKS.md).
 * Client components that fetch with tRPC get `TRPCReactProvider` from the layout of their area (admin, hiring, …).
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations("common");
  void getCompanyProfile(); // started now, read by the brand below: the two reads run in parallel (React cache)
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
          <CompanyBrand withPortalName />
          <div className="flex items-center gap-2">
            <NotificationBell initialUnread={unread.ok ? unread.data : 0} />
            <UserMenu
              name={user.name}
              role={user.role}
              timeZone={user.timeZone}
              companyTimeZone={portalTimeZone()}
            />
          </div>
        </div>
        <div className="mx-auto max-w-7xl px-4 pb-2">
          <MainNav items={navFor(user)} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 print:max-w-none print:p-0">
        {children}
      </main>
    </div>
  );
}
