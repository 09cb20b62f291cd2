"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Card } from "@portal/ui";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { ResourceDetailHeader } from "@/components/resource/resource-actions";
import { useResourceActions } from "@/components/resource/use-resource-actions";
import { PositionForm } from "./position-form";
import { PositionStaff } from "./position-staff";
import { ProfileSummary } from "@/components/profiles/profile-summary";

const linkClass = "text-brand-700 underline underline-offset-4 hover:text-brand-800";

/** HR and ADMIN edit, archive and delete; a HEAD reads the positions of their own department. */
export function PositionDetail({ id, canEdit }: { id: string; canEdit: boolean }) {
  const t = useTranslations("positions");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.positions.byId.queryOptions({ id }));
  const actions = useResourceActions({
    archive: (archived) => client.positions.setArchived.mutate({ id, archived }),
    remove: () => client.positions.delete.mutate({ id }),
    refresh: () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.positions.pathFilter()),
        queryClient.invalidateQueries(trpc.departments.pathFilter()),
      ]),
    listHref: "/admin/positions",
  });
  const p = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {p ? (
        <>
          <ResourceDetailHeader
            namespace="positions"
            title={p.title}
            description={p.department.name}
            archived={p.archived}
            canEdit={canEdit}
            deleteDescription={t("deleteBody", { title: p.title })}
            actions={actions}
          />
          <Card className="mb-6">
            <h2 className="mb-3 font-semibold">{t("overview")}</h2>
            <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-2 lg:grid-cols-5">
              <div>
                <dt className="text-muted">{t("department")}</dt>
                <dd>
                  <Link className={linkClass} href={`/admin/departments/${p.department.id}`}>
                    {p.department.name}
                  </Link>
                  {p.department.archived ? <Badge className="ml-2">{common("archived")}</Badge> : null}
                </dd>
              </div>
              <div>
                <dt className="text-muted">{t("segment")}</dt>
                <dd>{p.department.segment.name}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("headcount")}</dt>
                <dd>{p.headcount}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("filled")}</dt>
                <dd>{p.filled}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("open")}</dt>
                <dd>
                  {p.open > 0 ? (
                    <Badge tone="warning">{p.open}</Badge>
                  ) : (
                    <Badge tone="success">{t("full")}</Badge>
                  )}
                </dd>
              </div>
            </dl>
            <p className="mt-4 text-sm">{p.description || t("noDescription")}</p>
          </Card>
          <ProfileSummary positionId={id} canEdit={canEdit} />
          <PositionStaff staff={p.staff} />
          {canEdit ? (
            <>
              <h2 className="mb-3 text-lg font-semibold">{t("edit")}</h2>
              <PositionForm
                id={id}
                initial={{
                  title: p.title,
                  departmentId: p.departmentId,
                  headcount: p.headcount,
                  description: p.description,
                }}
                currentDepartment={{ id: p.department.id, name: p.department.name }}
              />
            </>
          ) : null}
        </>
      ) : null}
    </QueryState>
  );
}
