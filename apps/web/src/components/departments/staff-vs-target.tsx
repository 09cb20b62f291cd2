"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@portal/ui";

/** Current staff against the target headcount: green when reached, yellow when short. */
export function StaffVsTarget({ staff, target }: { staff: number; target: number }) {
  const t = useTranslations("departments");
  return (
    <Badge tone={staff >= target ? "success" : "warning"}>{t("staffOfTarget", { staff, target })}</Badge>
  );
}
