"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Badge, EmptyState } from "@portal/ui";
import type { RouterOutputs } from "@portal/api";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { FitBarWithExplanation } from "./fit-bar";

type DepartmentFit = RouterOutputs["staffing"]["personFit"]["departments"][number];

/** One person's fit for every active department, best first, each bar with its explanation. */
export function DepartmentFitChart({ staffMemberId }: { staffMemberId: string }) {
  const t = useTranslations("staffing");
  const trpc = useTRPC();
  const query = useQuery(trpc.staffing.personFit.queryOptions({ staffMemberId }));
  const departments = query.data?.departments;
  // A department's expertise requirement names its own segment, so the departments alone label every requirement.
  const segmentNames = useMemo(() => {
    const names: Record<string, string> = {};
    for (const d of departments ?? []) {
      for (const r of d.fit.requirements)
        if (r.requirement.kind === "expertise") names[r.requirement.segmentId] = d.segmentName;
    }
    return names;
  }, [departments]);
  return (
    <section aria-labelledby="department-fit-title" className="space-y-3">
      <div>
        <h2 id="department-fit-title" className="text-lg font-semibold">
          {t("fitTitle")}
        </h2>
        <p className="text-sm text-gray-700">{t("fitDescription")}</p>
      </div>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {departments && departments.length === 0 ? (
          <EmptyState title={t("noDepartments")} description={t("noDepartmentsHint")} />
        ) : (
          <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
            {departments?.map((d) => (
              <DepartmentFitRow key={d.departmentId} department={d} segmentNames={segmentNames} />
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function DepartmentFitRow({
  department: d,
  segmentNames,
}: {
  department: DepartmentFit;
  segmentNames: Record<string, string>;
}) {
  const t = useTranslations("staffing");
  return (
    <li className="space-y-2 px-4 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{d.name}</span>
        <span className="text-sm text-gray-700">{d.segmentName}</span>
        {d.current ? <Badge tone="info">{t("currentDepartment")}</Badge> : null}
        {d.fit.eligible ? (
          <Badge tone="success">{t("eligible")}</Badge>
        ) : (
          <Badge tone="warning">{t("notEligible")}</Badge>
        )}
      </div>
      <FitBarWithExplanation fit={d.fit} subject={d.name} segmentNames={segmentNames} />
    </li>
  );
}
