import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser } from "@/server/session";
import { MainNav } from "@/components/layout/main-nav";
import { UserMenu } from "@/components/layout/user-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { navFor } from "@/components/layout/nav-items";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations("common");
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <header className="border-b border-gray-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="font-semibold text-brand-800">
            {t("appName")}
          </Link>
          <div className="flex items-center gap-2">
            <NotificationBell />
            <UserMenu name={user.name} role={user.role} />
          </div>
        </div>
        <div className="mx-auto max-w-7xl px-4 pb-2">
          <MainNav items={navFor(user.role)} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
