"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge, Card } from "@portal/ui";
import type { RouterOutputs } from "@portal/api";
import { StaffVsTarget } from "./staff-vs-target";
import { useLevelLabel } from "@/i18n/enum-labels";

type Department = RouterOutputs["departments"]["byId"];
const statuses = ["ONBOARDING", "ACTIVE", "LEFT"] as const;

export function DepartmentOverview({ department: d }: { department: Department }) {
  const t = useTranslations("departments");
  const levelName = useLevelLabel();
  const common = useTranslations("common");
  return (
    <Card className="mb-6">
      <h2 className="mb-3 font-semibold">{t("overview")}</h2>
      <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-muted">{t("segment")}</dt>
          <dd>
            <Link
              className="text-brand-700 underline underline-offset-4 hover:text-brand-800"
              href={`/admin/segments/${d.segment.id}`}
            >
              {d.segment.name}
            </Link>
            {d.segment.archived ? <Badge className="ml-2">{common("archived")}</Badge> : null}
          </dd>
        </div>
        <div>
          <dt className="text-muted">{t("head")}</dt>
          <dd>
            {d.head ? (
              <>
                {d.head.name} <span className="text-muted">({d.head.email})</span>
                {d.head.active ? null : (
                  <Badge tone="warning" className="ml-2">
                    {t("headInactive")}
                  </Badge>
                )}
              </>
            ) : (
              <Badge tone="danger">{t("noHead")}</Badge>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-muted">{t("staffVsTarget")}</dt>
          <dd>
            <StaffVsTarget staff={d.staffCount} target={d.targetHeadcount} />
          </dd>
        </div>
        <div>
          <dt className="text-muted">{t("requiredLevel")}</dt>
          <dd>{levelName(d.requiredLevel)}</dd>
        </div>
        <div>
          <dt className="text-muted">{t("staffByStatus")}</dt>
          <dd>
            <ul>
              {statuses.map((s) => (
                <li key={s}>
                  {t(`statuses.${s}`)}: {d.staffByStatus[s]}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </Card>
  );
}
