"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { candidateStages } from "@portal/validators";
import { Badge, Button, Card } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { RequirementList } from "./requirement-list";

/** The position's hiring profile at a glance, with open seats and the pipeline per stage. */
export function ProfileSummary({ positionId, canEdit }: { positionId: string; canEdit: boolean }) {
  const t = useTranslations("profiles");
  const trpc = useTRPC();
  const query = useQuery(trpc.profiles.get.queryOptions({ positionId }));
  const p = query.data;
  return (
    <Card className="mb-6">
      <section aria-labelledby="profile-summary-title">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="profile-summary-title" className="font-semibold">
            {t("summaryTitle")}
            {p ? (
              <Badge tone="info" className="ml-2">
                {p.current ? t("currentVersion", { version: p.current.version }) : t("noVersion")}
              </Badge>
            ) : null}
          </h2>
          <div className="flex gap-2">
            <Button asChild variant="secondary" size="sm">
              <Link href={`/hiring/positions/${positionId}/profile`}>
                {canEdit ? t("editProfile") : t("viewProfile")}
              </Link>
            </Button>
            <Button asChild variant="secondary" size="sm">
              <Link href={`/hiring/positions/${positionId}`}>{t("pipeline")}</Link>
            </Button>
          </div>
        </div>
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
          {p ? (
            <div className="space-y-4">
              <RequirementList requirements={p.current?.requirements ?? []} />
              <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-muted">{t("openHeadcount")}</dt>
                  <dd>{p.openHeadcount}</dd>
                </div>
                <div>
                  <dt className="text-muted">{t("candidatesByStage")}</dt>
                  <dd>
                    <ul className="flex flex-wrap gap-2">
                      {candidateStages.map((s) => (
                        <li key={s}>
                          <Badge>
                            {t(`stages.${s}`)}: {p.stageCounts[s]}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              </dl>
            </div>
          ) : null}
        </QueryState>
      </section>
    </Card>
  );
}
