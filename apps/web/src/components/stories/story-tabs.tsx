import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@portal/ui";

type Tab = "published" | "mine" | "moderation";

/** The story area's sections; the moderation tab only for moderators (the page and procedure check too). */
export async function StoryTabs({ active, moderator }: { active: Tab; moderator: boolean }) {
  const t = await getTranslations("stories");
  const tabs: { key: Tab; href: string }[] = [
    { key: "published", href: "/stories" },
    { key: "mine", href: "/stories/mine" },
    ...(moderator ? [{ key: "moderation" as const, href: "/stories/moderation" }] : []),
  ];
  return (
    <nav aria-label={t("tabs.label")} className="mb-4 flex flex-wrap gap-2 border-b border-gray-200">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === active ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-600",
            tab.key === active
              ? "border-brand-600 text-brand-700"
              : "border-transparent text-muted hover:text-ink",
          )}
        >
          {t(`tabs.${tab.key}`)}
        </Link>
      ))}
    </nav>
  );
}
