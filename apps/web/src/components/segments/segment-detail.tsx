"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Card } from "@portal/ui";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { ResourceDetailHeader } from "@/components/resource/resource-actions";
import { useResourceActions } from "@/components/resource/use-resource-actions";
import { SegmentForm } from "./segment-form";
import { InsightLink } from "@/components/feedback/insight-link";

export function SegmentDetail({ id, canEdit }: { id: string; canEdit: boolean }) {
  const t = useTranslations("segments");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.segments.byId.queryOptions({ id }));
  const actions = useResourceActions({
    archive: (archived) => client.segments.setArchived.mutate({ id, archived }),
    remove: () => client.segments.delete.mutate({ id }),
    refresh: () => queryClient.invalidateQueries(trpc.segments.pathFilter()),
    listHref: "/admin/segments",
  });
  const s = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {s ? (
        <>
          <ResourceDetailHeader
            namespace="segments"
            title={s.name}
            description={t(`kinds.${s.kind}`)}
            archived={s.archived}
            canEdit={canEdit}
            deleteDescription={t("deleteBody", { name: s.name })}
            actions={actions}
          />
          <Card className="mb-6 max-w-2xl">
            <h2 className="mb-2 font-semibold">{t("departments")}</h2>
            {s.departments.length === 0 ? (
              <p>
                <Badge tone="danger">{t("orphan")}</Badge>{" "}
                <span className="text-sm text-muted">{t("orphanHint")}</span>
              </p>
            ) : (
              <ul className="list-disc pl-5 text-sm">
                {s.departments.map((d) => (
                  <li key={d.id}>
                    <Link className="text-brand-700 hover:underline" href={`/admin/departments/${d.id}`}>
                      {d.name}
                    </Link>
                    {d.archived ? <Badge className="ml-2">{common("archived")}</Badge> : null}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-3">
              <InsightLink segmentId={s.id} segment={s.name} />
            </p>
          </Card>
          {canEdit ? (
            <>
              <h2 className="mb-3 text-lg font-semibold">{t("edit")}</h2>
              <SegmentForm
                id={id}
                initial={{
                  name: s.name,
                  kind: s.kind,
                  ageMin: s.ageMin,
                  ageMax: s.ageMax,
                  genderFocus: s.genderFocus,
                  buyingHabits: s.buyingHabits,
                  socioeconomicLevel: s.socioeconomicLevel,
                  tags: s.tags,
                  bestCustomerPriority: s.bestCustomerPriority,
                  description: s.description,
                }}
              />
            </>
          ) : (
            <Card className="max-w-2xl text-sm">
              <p>{s.description || t("noDescription")}</p>
            </Card>
          )}
        </>
      ) : null}
    </QueryState>
  );
}
