"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Alert, Badge, Card, EmptyState, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { LapseReasons } from "./lapse-reasons";
import { PercentBar } from "./percent-bar";
import { ReadinessItems } from "./readiness-items";
import { statusTone } from "./types";

/** A staff member's own readiness: what stands between them and sign-off, courses linked to their plan. */
export function MyReadiness() {
  const t = useTranslations("readiness");
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.readiness.mine.queryOptions(), retry: false });
  const p = query.data;
  // Someone without a staff record (not placed yet) gets the same empty state as on their profile page.
  const noRecord = query.error?.data?.code === "NOT_FOUND";
  const blockers = p?.items.filter((i) => i.blocking) ?? [];
  return (
    <>
      <PageHeader title={t("myTitle")} description={t("myDescription")} />
      {noRecord ? (
        <EmptyState title={t("me.noRecord")} />
      ) : (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
          {p ? (
            <div className="space-y-6">
              <Card className="space-y-3">
                <p className="flex flex-wrap items-center gap-2">
                  {t("me.status")}
                  <Badge tone={statusTone[p.status]} data-testid="readiness-status">
                    {t(`status.${p.status}`)}
                  </Badge>
                  {p.signOff?.override ? <Badge tone="danger">{t("override")}</Badge> : null}
                </p>
                <PercentBar
                  percent={p.percent}
                  name={p.staff.user.name}
                  ready={p.mustHavesMet}
                  items={p.items}
                />
                {!p.staff.positionId ? <p className="text-sm text-muted">{t("noPosition")}</p> : null}
              </Card>
              {p.lapsed.length > 0 ? <LapseReasons person={p} /> : null}
              <section aria-labelledby="blockers-title" className="space-y-3">
                <h2 id="blockers-title" className="text-lg font-semibold">
                  {t("me.blockers")}
                </h2>
                {p.status === "SIGNED_OFF" ? (
                  <Alert tone="success">
                    {t("me.signedOff", { position: p.staff.position?.title ?? "" })}
                  </Alert>
                ) : blockers.length === 0 ? (
                  <Alert tone="success">{t("me.nothingBlocks")}</Alert>
                ) : (
                  <>
                    <ReadinessItems items={blockers} learningHref="/learning" />
                    <p className="text-sm text-muted">
                      {t("me.raiseExpertise")}{" "}
                      <Link className="text-brand-700 underline underline-offset-4" href="/learning">
                        {t("me.openPlan")}
                      </Link>
                    </p>
                  </>
                )}
              </section>
              {p.items.length > blockers.length ? (
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium text-brand-700">{t("whyReady")}</summary>
                  <div className="mt-3">
                    <ReadinessItems items={p.items} learningHref="/learning" />
                  </div>
                </details>
              ) : null}
            </div>
          ) : null}
        </QueryState>
      )}
    </>
  );
}
