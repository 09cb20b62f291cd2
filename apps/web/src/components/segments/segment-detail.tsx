"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Badge, Button, Card, ConfirmDialog, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { SegmentForm } from "./segment-form";

export function SegmentDetail({ id, canEdit }: { id: string; canEdit: boolean }) {
  const t = useTranslations("segments");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [actionError, setActionError] = useState<string>();
  const query = useQuery(trpc.segments.byId.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries(trpc.segments.pathFilter());
  const setArchived = useMutation(
    trpc.segments.setArchived.mutationOptions({
      onSuccess: refresh,
      onError: (e) => setActionError(e.message),
    }),
  );
  const remove = useMutation(
    trpc.segments.delete.mutationOptions({
      onSuccess: async () => {
        await refresh();
        router.push("/admin/segments");
      },
      onError: (e) => setActionError(e.message),
    }),
  );
  const s = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {s ? (
        <>
          <PageHeader
            title={s.name}
            description={t(`kinds.${s.kind}`)}
            actions={
              canEdit ? (
                <>
                  <ConfirmDialog
                    trigger={<Button variant="secondary">{s.archived ? t("restore") : t("archive")}</Button>}
                    title={s.archived ? t("restoreTitle") : t("archiveTitle")}
                    description={s.archived ? t("restoreBody") : t("archiveBody")}
                    confirmLabel={s.archived ? t("restore") : t("archive")}
                    cancelLabel={common("cancel")}
                    destructive={!s.archived}
                    onConfirm={() => setArchived.mutate({ id, archived: !s.archived })}
                  />
                  <ConfirmDialog
                    trigger={<Button variant="danger">{common("delete")}</Button>}
                    title={t("deleteTitle")}
                    description={t("deleteBody", { name: s.name })}
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
          {s.archived ? (
            <Alert tone="warning" className="mb-4">
              {t("archivedNotice")}
            </Alert>
          ) : null}
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
