"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, ConfirmDialog, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
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
  const common = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [actionError, setActionError] = useState<string>();
  const query = useQuery(trpc.departments.byId.queryOptions({ id }));
  const refresh = async () => {
    setActionError(undefined);
    await queryClient.invalidateQueries(trpc.departments.pathFilter());
  };
  const setArchived = useMutation(
    trpc.departments.setArchived.mutationOptions({
      onSuccess: refresh,
      onError: (e) => setActionError(e.message),
    }),
  );
  const remove = useMutation(
    trpc.departments.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        router.push("/admin/departments");
      },
      onError: (e) => setActionError(e.message),
    }),
  );
  const d = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {d ? (
        <>
          <PageHeader
            title={d.name}
            description={t("servesSegment", { segment: d.segment.name })}
            actions={
              canEdit ? (
                <>
                  <ConfirmDialog
                    trigger={
                      <Button variant="secondary" disabled={setArchived.isPending}>
                        {d.archived ? t("restore") : t("archive")}
                      </Button>
                    }
                    title={d.archived ? t("restoreTitle") : t("archiveTitle")}
                    description={d.archived ? t("restoreBody") : t("archiveBody")}
                    confirmLabel={d.archived ? t("restore") : t("archive")}
                    cancelLabel={common("cancel")}
                    destructive={!d.archived}
                    onConfirm={() => setArchived.mutate({ id, archived: !d.archived })}
                  />
                  <ConfirmDialog
                    trigger={
                      <Button variant="danger" disabled={remove.isPending}>
                        {common("delete")}
                      </Button>
                    }
                    title={t("deleteTitle")}
                    description={t("deleteBody", { name: d.name })}
                    confirmLabel={common("delete")}
                    cancelLabel={common("cancel")}
                    onConfirm={() => remove.mutate({ id })}
                  />
                </>
              ) : null
            }
          />
          {actionError ? (
            <Alert tone="danger" role="alert" className="mb-4">
              {actionError}
            </Alert>
          ) : null}
          {d.archived ? (
            <Alert tone="warning" className="mb-4">
              {t("archivedNotice")}
            </Alert>
          ) : null}
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
