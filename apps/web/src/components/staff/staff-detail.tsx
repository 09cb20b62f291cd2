"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Button, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { DepartmentFitChart } from "@/components/staffing/department-fit-chart";
import { toIsoDate } from "./dates";
import { ExpertiseEditor } from "./expertise-editor";
import { ExpertiseHistory } from "./expertise-history";
import { ExpertiseTable } from "./expertise-table";
import { StaffEditForm } from "./staff-edit-form";
import { StaffRecord } from "./staff-record";

export function StaffDetail({
  id,
  canManage,
  canAssess,
}: {
  id: string;
  canManage: boolean;
  canAssess: boolean;
}) {
  const t = useTranslations("staff");
  const trpc = useTRPC();
  const query = useQuery(trpc.staff.byId.queryOptions({ id }));
  const s = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {s ? (
        <div className="space-y-6">
          <PageHeader
            title={s.user.name}
            description={s.position ? `${s.position.title} · ${s.department.name}` : s.department.name}
            actions={
              <Button asChild variant="secondary">
                <Link href="/admin/staff">{t("backToList")}</Link>
              </Button>
            }
          />
          <StaffRecord staff={s} />
          <section aria-labelledby="expertise-title" className="space-y-3">
            <h2 id="expertise-title" className="text-lg font-semibold">
              {t("expertise")}
            </h2>
            <ExpertiseTable rows={s.expertise} />
          </section>
          <DepartmentFitChart staffMemberId={s.id} />
          {canAssess ? <ExpertiseEditor key={s.id} staffMemberId={s.id} current={s.expertise} /> : null}
          <section aria-labelledby="history-title" className="max-w-2xl space-y-3">
            <h2 id="history-title" className="text-lg font-semibold">
              {t("history")}
            </h2>
            <ExpertiseHistory rows={s.expertiseChanges} />
          </section>
          {canManage ? (
            <section aria-labelledby="edit-title" className="space-y-3">
              <h2 id="edit-title" className="text-lg font-semibold">
                {t("edit")}
              </h2>
              <StaffEditForm
                id={s.id}
                initial={{
                  departmentId: s.department.id,
                  positionId: s.position?.id ?? null,
                  startDate: toIsoDate(s.startDate),
                  status: s.status,
                }}
              />
            </section>
          ) : null}
        </div>
      ) : null}
    </QueryState>
  );
}
