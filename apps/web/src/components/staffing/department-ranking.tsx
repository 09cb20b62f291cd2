"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, EmptyState } from "@portal/ui";
import type { RouterOutputs } from "@portal/api";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { FitBarWithExplanation } from "./fit-bar";

type RankedPerson = RouterOutputs["staffing"]["departmentRanking"]["people"][number];
const pageStep = 25;

/**
 * Who fits a department, best first, each score explained. A head sees their own team (read-only: moves are
 * proposed by HR on the staffing page); HR and admins see the whole organization ranked for the department.
 */
export function DepartmentRanking({
  departmentId,
  scope,
}: {
  departmentId: string;
  scope: "team" | "organization";
}) {
  const t = useTranslations("staffing");
  const trpc = useTRPC();
  const [limit, setLimit] = useState(pageStep);
  const query = useQuery({
    ...trpc.staffing.departmentRanking.queryOptions({ departmentId, limit }),
    placeholderData: (previous) => previous,
  });
  const data = query.data;
  const segmentNames = useMemo(() => {
    const names: Record<string, string> = {};
    for (const p of data?.people ?? []) {
      for (const r of p.fit.requirements)
        if (r.requirement.kind === "expertise") names[r.requirement.segmentId] = data!.department.segmentName;
    }
    return names;
  }, [data]);
  return (
    <section aria-labelledby="department-ranking-title" className="mb-8 space-y-3">
      <div>
        <h2 id="department-ranking-title" className="text-lg font-semibold">
          {scope === "team" ? t("rankingTeamTitle") : t("rankingOrganizationTitle")}
        </h2>
        <p className="text-sm text-gray-700">
          {scope === "team" ? t("rankingTeamDescription") : t("rankingOrganizationDescription")}
        </p>
      </div>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data && data.total === 0 ? (
          <EmptyState title={t("rankingEmpty")} description={t("rankingEmptyHint")} />
        ) : data ? (
          <>
            <p className="text-sm">
              {t("rankingSummary", {
                eligible: data.eligible,
                total: data.total,
                level: data.department.requiredLevel,
              })}
            </p>
            <ol className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
              {data.people.map((p, i) => (
                <RankedRow
                  key={p.staffMemberId}
                  rank={i + 1}
                  person={p}
                  segmentNames={segmentNames}
                  showDepartment={scope === "organization"}
                />
              ))}
            </ol>
            {data.people.length < data.total ? (
              <Button
                variant="secondary"
                disabled={query.isFetching}
                onClick={() => setLimit((l) => Math.min(500, l + pageStep))}
              >
                {t("rankingMore", { shown: data.people.length, total: data.total })}
              </Button>
            ) : null}
          </>
        ) : null}
      </QueryState>
    </section>
  );
}

function RankedRow({
  rank,
  person: p,
  segmentNames,
  showDepartment,
}: {
  rank: number;
  person: RankedPerson;
  segmentNames: Record<string, string>;
  showDepartment: boolean;
}) {
  const t = useTranslations("staffing");
  return (
    <li className="space-y-2 px-4 py-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="w-8 text-sm tabular-nums text-gray-700">{rank}.</span>
        <Link href={`/admin/staff/${p.staffMemberId}`} className="font-medium text-brand-700 hover:underline">
          {p.name}
        </Link>
        {showDepartment ? <span className="text-sm text-gray-700">{p.departmentName}</span> : null}
        {showDepartment && p.inDepartment ? <Badge tone="info">{t("inThisDepartment")}</Badge> : null}
        {p.fit.eligible ? (
          <Badge tone="success">{t("eligible")}</Badge>
        ) : (
          <Badge tone="warning">{t("notEligible")}</Badge>
        )}
      </div>
      <FitBarWithExplanation fit={p.fit} subject={p.name} segmentNames={segmentNames} />
    </li>
  );
}
