"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { locales, type Locale } from "@portal/validators/locales";
import type { Role } from "@portal/validators";
import { Button, Select } from "@portal/ui";
import { useAction } from "@/trpc/use-action";
import { setLocaleAction, signOutAction } from "@/actions/account";

const localeNames: Record<string, string> = {
  en: "English",
  sv: "Svenska",
  el: "Ελληνικά",
  fr: "Français",
  tl: "Tagalog",
  da: "Dansk",
};

export function UserMenu({ name, role }: { name: string; role: Role }) {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const setLocale = useAction(setLocaleAction);
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
