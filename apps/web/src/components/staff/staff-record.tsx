"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge, Card } from "@portal/ui";
import type { StaffDetailData } from "./types";
import { statusTone } from "./types";

/** Who the person is and where they sit. */
export function StaffRecord({ staff }: { staff: StaffDetailData }) {
  const t = useTranslations("staff");
  const format = useFormatter();
  const items: [string, ReactNode][] = [
    [t("email"), staff.user.email],
    [
      t("department"),
      staff.department.archived
        ? t("archivedSuffix", { name: staff.department.name })
        : staff.department.name,
    ],
    [t("position"), staff.position ? staff.position.title : t("noPosition")],
    [
      t("status"),
      <Badge key="status" tone={statusTone[staff.status]}>
        {t(`statuses.${staff.status}`)}
      </Badge>,
    ],
    [t("startDate"), format.dateTime(staff.startDate, { dateStyle: "long" })],
  ];
  return (
    <Card className="max-w-2xl">
      <h2 className="mb-3 font-semibold">{t("record")}</h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {items.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
