"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { locales, type Locale } from "@portal/validators/locales";
import type { Role } from "@portal/validators";
import { Button, Select } from "@portal/ui";
import { useAction } from "@/trpc/use-action";
import { setLocaleAction, setTimeZoneAction, signOutAction } from "@/actions/account";

const localeNames: Record<Locale, string> = {
  en: "English",
  sv: "Svenska",
  el: "Ελληνικά",
  fr: "Français",
  tl: "Tagalog",
  da: "Dansk",
};

/** Every IANA time zone the browser knows, read after hydration (the server's list may differ). */
function useTimeZones(current: string | null) {
  const [zones, setZones] = useState<string[]>(current ? [current] : []);
  useEffect(() => {
    const all = Intl.supportedValuesOf("timeZone");
    setZones(current && !all.includes(current) ? [current, ...all] : all);
  }, [current]);
  return zones;
}

export function UserMenu({
  name,
  role,
  timeZone,
  companyTimeZone,
}: {
  name: string;
  role: Role;
  /** The user's own time zone, or null for the company's. */
  timeZone: string | null;
  companyTimeZone: string;
}) {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const setLocale = useAction(setLocaleAction);
  const setTimeZone = useAction(setTimeZoneAction);
  const zones = useTimeZones(timeZone);
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-muted">
        {name} · {t(`role.${role}`)}
      </span>
      <label className="sr-only" htmlFor="locale-switcher">
        {t("language")}
      </label>
      <Select
        id="locale-switcher"
        className="h-9 w-auto"
        value={locale}
        disabled={pending || setLocale.isPending}
        onChange={(e) => {
          setLocale.mutate(e.target.value as Locale, {
            onSuccess: () => startTransition(() => router.refresh()),
          });
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l}>
            {localeNames[l]}
          </option>
        ))}
      </Select>
      <label className="sr-only" htmlFor="time-zone-switcher">
        {t("timeZone")}
      </label>
      <Select
        id="time-zone-switcher"
        className="h-9 w-auto max-w-48"
        value={timeZone ?? ""}
        disabled={pending || setTimeZone.isPending}
        onChange={(e) => {
          setTimeZone.mutate(e.target.value || null, {
            onSuccess: () => startTransition(() => router.refresh()),
          });
        }}
      >
        <option value="">{t("companyTimeZone", { zone: companyTimeZone })}</option>
        {zones.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </Select>
      <Link href="/change-password" className="text-brand-700 underline-offset-4 hover:underline">
        {t("changePassword")}
      </Link>
      <form action={() => signOutAction()}>
        <Button type="submit" variant="secondary" size="sm">
          {t("signOut")}
        </Button>
      </form>
    </div>
  );
}
