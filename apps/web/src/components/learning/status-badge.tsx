"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@portal/ui";
import type { PlanCourse } from "./types";

const tone = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "info",
  COMPLETED: "success",
  EXPIRED: "danger",
} as const;

export function StatusBadges({ entry }: { entry: PlanCourse["entry"] }) {
  const t = useTranslations("learning");
  return (
    <span className="flex flex-wrap gap-1">
      <Badge tone={tone[entry.status]}>{t(`status.${entry.status}`)}</Badge>
      {entry.overdue && entry.status !== "EXPIRED" ? <Badge tone="danger">{t("overdue")}</Badge> : null}
    </span>
  );
}
