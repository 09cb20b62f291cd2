"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { cn, Sheet } from "@portal/ui";
import type { NavItem } from "./nav-items";

const linkClass =
  "rounded-md px-3 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand-600";

/**
 * The main navigation: a row of links from the md breakpoint, below it a "Menu" button that opens the same links
 * in a panel (Escape closes it and focus returns to the button). Each link's content is `NavLabel`, so an icon can
 * be added beside the text in one place.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // The most specific entry wins: on /learning/courses "Courses" is current, not "My onboarding".
  const matches = (href: string) =>
    href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  const current = items.filter((i) => matches(i.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const links = (onNavigate?: () => void) =>
    items.map((item) => (
      <Link
        key={item.href}
        href={item.href}
        onClick={onNavigate}
        aria-current={item.href === current ? "page" : undefined}
        className={cn(linkClass, item.href === current && "bg-brand-50 text-brand-800")}
      >
        <NavLabel item={item} />
      </Link>
    ));
  return (
    <>
      <nav aria-label={t("main")} className="hidden flex-wrap gap-1 md:flex">
        {links()}
      </nav>
      <div className="md:hidden">
        <Sheet
          open={open}
          onOpenChange={setOpen}
          title={t("menu")}
          closeLabel={t("closeMenu")}
          trigger={
            <button type="button" className={cn(linkClass, "border border-gray-300")}>
              {t("menu")}
            </button>
          }
        >
          <nav aria-label={t("main")} className="flex flex-col gap-1">
            {links(() => setOpen(false))}
          </nav>
        </Sheet>
      </div>
    </>
  );
}

function NavLabel({ item }: { item: NavItem }) {
  const t = useTranslations("nav");
  return <>{t(item.key)}</>;
}
