"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";
import { ProgressBar } from "./progress-bar";

/** The short onboarding block of "My profile": overall progress, the next course due, and a link to the plan. */
export function OnboardingSummary() {
  const t = useTranslations("learning");
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery(trpc.learning.plan.queryOptions());
  const plan = query.data;
  if (!plan || !plan.hasStaffRecord || plan.courses.length === 0) return null;
  const next = plan.courses.find((c) => c.entry.status !== "COMPLETED");
  return (
    <section aria-labelledby="onboarding-title" className="max-w-2xl space-y-2">
      <h2 id="onboarding-title" className="text-lg font-semibold">
        {t("summaryTitle")}
      </h2>
      <ProgressBar value={plan.overall} label={t("overall")} />
      <p className={next?.entry.overdue ? "text-sm font-medium text-red-800" : "text-sm text-gray-700"}>
        {next
          ? t("nextDue", {
              title: next.title,
              relative: next.entry.dueAt ? format.relativeTime(next.entry.dueAt) : t("noDueDate"),
            })
          : t("nothingDue")}
      </p>
      <Link href="/learning" className="text-sm font-medium text-brand-700 underline">
        {t("openPlan")}
      </Link>
    </section>
  );
}
