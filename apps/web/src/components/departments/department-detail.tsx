"use client";
import { useTranslations } from "next-intl";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { ResourceDetailHeader } from "@/components/resource/resource-actions";
import { useResourceActions } from "@/components/resource/use-resource-actions";
import { DepartmentForm } from "./department-form";
import { DepartmentOverview } from "./department-overview";
import { DepartmentPositions } from "./department-positions";
import { DepartmentRanking } from "@/components/staffing/department-ranking";

/** ADMIN edits, archives and deletes; HR and HEAD read (HR may add positions). */
export function DepartmentDetail({
  id,
  canEdit,
  canManagePositions,
  rankingScope,
}: {
  id: string;
  canEdit: boolean;
  canManagePositions: boolean;
  rankingScope: "team" | "organization";
}) {
  const t = useTranslations("departments");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.departments.byId.queryOptions({ id }));
  const actions = useResourceActions({
    archive: (archived) => client.departments.setArchived.mutate({ id, archived }),
    remove: () => client.departments.delete.mutate({ id }),
    refresh: () => queryClient.invalidateQueries(trpc.departments.pathFilter()),
    listHref: "/admin/departments",
  });
  const d = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {d ? (
        <>
          <ResourceDetailHeader
            namespace="departments"
            title={d.name}
            description={t("servesSegment", { segment: d.segment.name })}
            archived={d.archived}
            canEdit={canEdit}
            deleteDescription={t("deleteBody", { name: d.name })}
            actions={actions}
          />
          <DepartmentOverview department={d} />
          <DepartmentPositions
            departmentId={id}
            positions={d.positions}
            canAdd={canManagePositions && !d.archived}
          />
          {d.archived ? null : <DepartmentRanking departmentId={id} scope={rankingScope} />}
          {canEdit ? (
            <>
              <h2 className="mb-3 text-lg font-semibold">{t("edit")}</h2>
              <DepartmentForm
                id={id}
                initial={{
                  name: d.name,
                  segmentId: d.segmentId,
                  headId: d.headId ?? "",
                  targetHeadcount: d.targetHeadcount,
                  requiredLevel: d.requiredLevel,
                }}
                current={{ segment: d.segment, head: d.head }}
              />
            </>
          ) : null}
        </>
      ) : null}
    </QueryState>
  );
}
