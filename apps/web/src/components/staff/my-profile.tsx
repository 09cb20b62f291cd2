"use client";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { EmptyState, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { DepartmentFitChart } from "@/components/staffing/department-fit-chart";
import { OnboardingSummary } from "@/components/learning/onboarding-summary";
import { ExpertiseHistory } from "./expertise-history";
import { ExpertiseTable } from "./expertise-table";
import { StaffRecord } from "./staff-record";

/** The signed-in person's own record, expertise and fit for every department; read-only. */
export function MyProfile() {
  const t = useTranslations("staff");
  const trpc = useTRPC();
  const query = useQuery(trpc.staff.me.queryOptions());
  const s = query.data;
  return (
    <>
      <PageHeader title={t("myTitle")} description={t("myDescription")} />
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {s === null ? (
          <EmptyState title={t("myEmpty")} description={t("myEmptyHint")} />
        ) : s ? (
          <div className="space-y-6">
            <StaffRecord staff={s} />
            <OnboardingSummary />
            <section aria-labelledby="expertise-title" className="space-y-3">
              <h2 id="expertise-title" className="text-lg font-semibold">
                {t("expertise")}
              </h2>
              <ExpertiseTable rows={s.expertise} />
            </section>
            <DepartmentFitChart staffMemberId={s.id} />
            <section aria-labelledby="history-title" className="max-w-2xl space-y-3">
              <h2 id="history-title" className="text-lg font-semibold">
                {t("history")}
              </h2>
              <ExpertiseHistory rows={s.expertiseChanges} />
            </section>
          </div>
        ) : null}
      </QueryState>
    </>
  );
}
