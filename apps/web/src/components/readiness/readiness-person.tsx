"use client";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Alert, Badge, Button, Card, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { LapseReasons } from "./lapse-reasons";
import { PercentBar } from "./percent-bar";
import { ReadinessItems } from "./readiness-items";
import { ReadinessTimeline } from "./readiness-timeline";
import { SignOffHistory } from "./sign-off-history";
import { statusTone } from "./types";

// The sign-off dialogs and the assessment form (react-hook-form, Radix dialogs) load after the explanation.
const SignOffPanel = dynamic(() => import("./sign-off-panel").then((m) => m.SignOffPanel));
const AssessForm = dynamic(() => import("./assess-form").then((m) => m.AssessForm));

/** One person explained: status, percentage, why not ready, sign-off, assessments and what happened so far. */
export function ReadinessPerson({ staffMemberId }: { staffMemberId: string }) {
  const t = useTranslations("readiness");
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery(trpc.readiness.person.queryOptions({ staffMemberId }));
  const p = query.data;
  const unmet = p?.items.filter((i) => i.status !== "met").length ?? 0;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {p ? (
        <div className="space-y-6">
          <PageHeader
            title={p.staff.user.name}
            description={[p.staff.position?.title, p.staff.department.name].filter(Boolean).join(" · ")}
            actions={
              <Button asChild variant="secondary">
                <Link href={`/readiness?departmentId=${p.staff.departmentId}`}>{t("backToDashboard")}</Link>
              </Button>
            }
          />
          <Card className="space-y-3">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={statusTone[p.status]} data-testid="readiness-status">
                {t(`status.${p.status}`)}
              </Badge>
              {p.signOff?.override ? <Badge tone="danger">{t("override")}</Badge> : null}
            </p>
            <PercentBar percent={p.percent} name={p.staff.user.name} ready={p.mustHavesMet} items={p.items} />
            {!p.staff.positionId ? (
              <p className="text-sm text-muted">{t("noPosition")}</p>
            ) : !p.profile ? (
              <p className="text-sm text-muted">{t("noProfile")}</p>
            ) : (
              <p className="text-sm text-muted">{t("profileVersion", { version: p.profile.version })}</p>
            )}
            {p.expectedReadyAt && unmet > 0 ? (
              <p className="text-sm">
                {t("expectedReady", { date: format.dateTime(p.expectedReadyAt, { dateStyle: "long" }) })}
              </p>
            ) : null}
          </Card>
          {p.lapsed.length > 0 ? <LapseReasons person={p} /> : null}
          <section aria-labelledby="why-title" className="space-y-3">
            <h2 id="why-title" className="text-lg font-semibold">
              {unmet > 0 ? t("why") : t("whyReady")}
            </h2>
            {unmet === 0 ? <Alert tone="success">{t("allMet")}</Alert> : null}
            <ReadinessItems items={p.items} staffMemberId={p.canAssess ? p.staff.id : undefined} />
          </section>
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <SignOffPanel person={p} />
            {p.canAssess ? <AssessForm staffMemberId={p.staff.id} items={p.items} /> : null}
          </div>
          <SignOffHistory rows={p.signOffs} />
          <ReadinessTimeline staffMemberId={p.staff.id} />
        </div>
      ) : null}
    </QueryState>
  );
}
