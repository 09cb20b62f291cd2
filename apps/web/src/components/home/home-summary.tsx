"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Badge, Card } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { useEnumLabel } from "@/i18n/enum-labels";
import { HeadReadiness } from "./head-readiness";
import { HrOpenings } from "./hr-openings";
import { StaffReadiness } from "./staff-readiness";

const linkClass = "text-brand-700 underline underline-offset-4 hover:text-brand-800";

export function HomeSummary() {
  const t = useTranslations("home");
  const label = useEnumLabel();
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery(trpc.home.summary.queryOptions());
  const s = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {s?.role === "ADMIN" || s?.role === "HR" ? (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <Card>
            <h2 className="mb-3 font-semibold">{t("nextSteps")}</h2>
            <ul className="space-y-2 text-sm">
              <li>
                {s.orphanSegments.length > 0 ? (
                  <Badge tone="danger" className="mr-2">
                    !
                  </Badge>
                ) : null}
                {t("admin.orphans", { count: s.orphanSegments.length })}{" "}
                {s.orphanSegments.length > 0 ? (
                  <span className="text-muted">({s.orphanSegments.join(", ")})</span>
                ) : null}{" "}
                <Link className={linkClass} href="/admin/segments">
                  {t("admin.reviewSegments")}
                </Link>
              </li>
              <li>
                {t("admin.noHead", { count: s.departmentsWithoutHead })}{" "}
                <Link className={linkClass} href="/admin/departments">
                  {t("admin.reviewDepartments")}
                </Link>
              </li>
              <li>
                {t("hr.onboarding", { count: s.onboarding })}{" "}
                <Link className={linkClass} href="/admin/staff?status=ONBOARDING">
                  {t("hr.reviewOnboarding")}
                </Link>
              </li>
              <li>
                {t("hr.openHeadcount", { count: s.openHeadcount })}{" "}
                <Link className={linkClass} href="/admin/positions">
                  {t("hr.positions")}
                </Link>
              </li>
              <li>
                <Link className={linkClass} href="/admin/staff/new">
                  {t("hr.addStaff")}
                </Link>
              </li>
              <li>
                <Link className={linkClass} href="/admin/staff/import">
                  {t("hr.importStaff")}
                </Link>
              </li>
              {s.role === "ADMIN" ? (
                <>
                  <li>
                    <Link className={linkClass} href="/admin/users">
                      {t("admin.manageUsers")}
                    </Link>
                  </li>
                  <li>
                    <Link className={linkClass} href="/admin/audit">
                      {t("admin.auditLog")}
                    </Link>
                  </li>
                </>
              ) : null}
            </ul>
          </Card>
          <Card>
            <dl className="grid grid-cols-2 gap-4">
              {(["segments", "departments", "staff", "users"] as const).map((k) => (
                <div key={k}>
                  <dt className="text-sm text-muted">{t(`counts.${k}`)}</dt>
                  <dd className="text-2xl font-semibold">{s.counts[k]}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <HrOpenings rows={s.openingsBySegment} asOf={s.asOf} />
        </div>
      ) : null}
      {s?.role === "HEAD" ? (
        <div className="space-y-4">
          <HeadReadiness summary={s} />
          <Card>
            <h2 className="mb-3 font-semibold">{t("head.departments")}</h2>
            {s.departments.length === 0 ? (
              <p className="text-sm text-muted">{t("head.noDepartments")}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {s.departments.map((d) => (
                  <li key={d.id}>
                    <Link className={`${linkClass} font-medium`} href={`/admin/departments/${d.id}`}>
                      {d.name}
                    </Link>{" "}
                    <span className="text-muted">({d.segment})</span> —{" "}
                    {t("head.team", { staff: d.staff, onboarding: d.onboarding, target: d.targetHeadcount })}{" "}
                    <Link className={linkClass} href={`/admin/staff?departmentId=${d.id}`}>
                      {t("head.reviewTeam")}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      ) : null}
      {s?.role === "STAFF" ? (
        <Card>
          <h2 className="mb-3 font-semibold">{t("nextSteps")}</h2>
          {s.record ? (
            <div className="space-y-2 text-sm">
              <p>
                {t("staff.record", {
                  department: s.record.department.name,
                  position: s.record.position?.title ?? t("staff.noPosition"),
                  startDate: format.dateTime(s.record.startDate, { dateStyle: "long" }),
                })}
              </p>
              <p>{t("staff.status", { status: label("StaffStatus", s.record.status) })}</p>
              <p>
                <Link className={linkClass} href="/me">
                  {t("staff.expertise")}
                </Link>
              </p>
              {s.readiness ? <StaffReadiness readiness={s.readiness} /> : null}
            </div>
          ) : (
            <p className="text-sm text-muted">{t("staff.noRecord")}</p>
          )}
        </Card>
      ) : null}
    </QueryState>
  );
}
