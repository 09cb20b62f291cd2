"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { PlanCourse } from "./types";

/** The deadline of a plan entry in words and as a date; overdue and expired are highlighted. */
export function DueDate({ entry }: { entry: PlanCourse["entry"] }) {
  const t = useTranslations("learning");
  const format = useFormatter();
  const when = (d: Date) => ({
    relative: format.relativeTime(d),
    date: format.dateTime(d, { dateStyle: "medium" }),
  });
  if (entry.status === "EXPIRED" && entry.expiresAt)
    return <p className="text-sm font-medium text-red-800">{t("expired", when(entry.expiresAt))}</p>;
  if (entry.status === "COMPLETED")
    return entry.expiresAt ? (
      <p className="text-sm text-gray-700">{t("expires", when(entry.expiresAt))}</p>
    ) : null;
  if (!entry.dueAt) return <p className="text-sm text-gray-700">{t("noDueDate")}</p>;
  return entry.overdue ? (
    <p className="text-sm font-medium text-red-800">{t("dueOverdue", when(entry.dueAt))}</p>
  ) : (
    <p className="text-sm text-gray-700">{t("due", when(entry.dueAt))}</p>
  );
}
