"use client";
import Link from "next/link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@portal/api";
import { candidateStages, type CandidateStageValue } from "@portal/validators";
import { Badge, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useListParams } from "@/components/list/use-list-params";
import { FilterSelect } from "@/components/list/list-toolbar";
import { ResourceList } from "@/components/list/resource-list";
import { resourceColumns } from "@/components/list/resource-table";
import { RowLink } from "@/components/list/cells";
import { stageTone } from "./types";

type Row = RouterOutputs["candidates"]["list"]["items"][number];
const sortable = ["name", "email", "customerFacingYears", "createdAt"] as const;
const filterKeys = ["positionId", "stage"] as const;
const asStage = (v: string | undefined) =>
  (candidateStages as readonly string[]).includes(v ?? "") ? (v as CandidateStageValue) : undefined;
const col = resourceColumns<Row>();

export function CandidateList({ canManage }: { canManage: boolean }) {
  const t = useTranslations("candidates");
  const common = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const list = useListParams("name", sortable, filterKeys);
  const positionId = list.filters.positionId;
  const stage = asStage(list.filters.stage);
  const options = useQuery(trpc.candidates.filterOptions.queryOptions());
  const query = useQuery(
    trpc.candidates.list.queryOptions({
      ...list.query,
      positionId,
      stage,
    }),
  );
  const withPosition = (href: string) =>
    positionId ? `${href}?positionId=${encodeURIComponent(positionId)}` : href;
  const columns = useMemo(
    () =>
      col.columns([
        col.accessor("name", {
          header: t("name"),
          cell: ({ row: { original: c } }) => (
            <>
              <RowLink href={`/hiring/candidates/${c.id}`}>
                {c.anonymized ? t("anonymizedName") : c.name}
              </RowLink>
              {c.anonymized ? <Badge className="ml-2">{t("anonymized")}</Badge> : null}
            </>
          ),
        }),
        col.accessor("email", {
          header: t("email"),
          cell: ({ row: { original: c } }) => c.email ?? <span className="text-muted">{t("noEmail")}</span>,
        }),
        col.accessor("customerFacingYears", { header: t("years") }),
        col.display({
          id: "applications",
          header: t("applications"),
          cell: ({ row: { original: c } }) =>
            c.applications.length === 0 ? (
              <span className="text-muted">{t("noApplications")}</span>
            ) : (
              <ul className="space-y-1">
                {c.applications.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-2">
                    <span>{a.position.title}</span>
                    <Badge tone={stageTone[a.stage]}>{t(`stages.${a.stage}`)}</Badge>
                  </li>
                ))}
              </ul>
            ),
        }),
        col.display({
          id: "cv",
          header: t("cv"),
          cell: ({ row }) => (row.original.hasCv ? common("yes") : common("no")),
        }),
        col.accessor("createdAt", {
          header: t("added"),
          cell: ({ row }) => format.dateTime(row.original.createdAt, { dateStyle: "medium" }),
        }),
      ]),
    [t, common, format],
  );
  return (
    <ResourceList
      messages="candidates"
      actions={
        canManage ? (
          <>
            <Button asChild>
              <Link href={withPosition("/hiring/candidates/new")}>{t("new")}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href={withPosition("/hiring/candidates/import")}>{t("import")}</Link>
            </Button>
          </>
        ) : null
      }
      list={list}
      filters={
        <>
          <FilterSelect
            id="position-filter"
            label={t("positionFilter")}
            value={positionId ?? ""}
            onChange={(value) => list.update({ positionId: value })}
            allLabel={t("allPositions")}
            options={(options.data?.positions ?? []).map((p) => ({
              value: p.id,
              label: t("positionOption", { title: p.title, department: p.department.name }),
            }))}
          />
          <FilterSelect
            id="stage-filter"
            label={t("stageFilter")}
            value={stage ?? ""}
            onChange={(value) => list.update({ stage: value })}
            allLabel={t("allStages")}
            options={candidateStages.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
          />
        </>
      }
      query={query}
      filtered={!!list.search || !!positionId || !!stage}
      emptyHint={canManage ? undefined : t("emptyHintHead")}
      columns={columns}
    />
  );
}
