"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@portal/ui";

/** The link from a list row to the resource's page (first column). */
export function RowLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="font-medium text-brand-700 hover:underline">
      {children}
    </Link>
  );
}

/** "Archived" next to a row's name. */
export function ArchivedBadge({ show }: { show: boolean }) {
  const common = useTranslations("common");
  return show ? <Badge className="ml-2">{common("archived")}</Badge> : null;
}
