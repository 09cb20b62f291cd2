"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Alert, Badge, Button, Card, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { HireDialog, type Hired } from "./hire-dialog";
import { RequirementTable } from "./requirement-table";
import { RescreenNotice } from "./rescreen-notice";
import { ScorecardForm } from "./scorecard-form";
import { StageHistory } from "./stage-history";
import { SubmittedScorecards } from "./submitted-scorecards";
import { useRequirementText } from "./requirement-text";
import { stageTone, type ApplicationData } from "./types";

function FitSummary({ app }: { app: ApplicationData }) {
  const t = useTranslations("applications");
  const text = useRequirementText();
  const missing = app.requirements.filter((r) => app.fit.missingMustHaves.includes(r.id));
  return (
    <Card aria-labelledby="fit-title" className="space-y-2">
      <h2 id="fit-title" className="text-lg font-semibold">
        {t("fit")}
      </h2>
      <p className="flex flex-wrap items-center gap-3">
        <span className="text-3xl font-semibold tabular-nums" data-testid="fit-score">
          {app.fit.score}
        </span>
        <span className="text-sm text-muted">{t("outOf100")}</span>
        {app.fit.eligible ? (
          <Badge tone="success">{t("eligible")}</Badge>
        ) : (
          <Badge tone="danger">{t("notEligible")}</Badge>
        )}
      </p>
      {missing.length > 0 ? (
        <p className="text-sm">{t("missingMustHaves", { list: missing.map(text.name).join(", ") })}</p>
      ) : null}
      <p className="text-xs text-muted">{t("fitExplain", { version: app.profile.version })}</p>
    </Card>
  );
}

export function ApplicationDetail({
  applicationId,
  canSeeCandidates,
}: {
  applicationId: string;
  canSeeCandidates: boolean;
}) {
  const t = useTranslations("applications");
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery(trpc.applications.get.queryOptions({ applicationId }));
  const app = query.data;
  const [hired, setHired] = useState<Hired | null>(null);
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {app ? (
        <div className="space-y-6">
          <PageHeader
            title={app.candidate.name}
            description={t("appliedFor", { position: app.position.title, department: app.department.name })}
            actions={
              <>
                {canSeeCandidates ? (
                  <Button asChild variant="secondary">
                    <Link href={`/hiring/candidates/${app.candidate.id}`}>{t("candidatePage")}</Link>
                  </Button>
                ) : null}
                <Button asChild variant="secondary">
                  <Link href={`/hiring/positions/${app.position.id}`}>{t("pipeline")}</Link>
                </Button>
              </>
            }
          />
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>{t("stage")}:</span>
            <Badge tone={stageTone[app.stage]} data-testid="stage">
              {t(`stages.${app.stage}`)}
            </Badge>
            <span className="text-muted">
              {t("since", { when: format.dateTime(app.stageChangedAt, { dateStyle: "medium" }) })}
            </span>
            {app.candidate.email ? (
              <a className="underline" href={`mailto:${app.candidate.email}`}>
                {app.candidate.email}
              </a>
            ) : null}
            {app.candidate.phone ? <span>{app.candidate.phone}</span> : null}
          </div>
          {app.rejectionReason ? (
            <Alert tone="danger">{t("rejectedBecause", { reason: app.rejectionReason })}</Alert>
          ) : null}
          {app.stage === "HIRED" && app.hiredStaffMemberId ? (
            <Alert tone="success">
              {t("isHired")}{" "}
              {canSeeCandidates ? (
                <Link className="underline" href={`/admin/staff/${app.hiredStaffMemberId}`}>
                  {t("openStaff")}
                </Link>
              ) : null}
            </Alert>
          ) : null}
          <RescreenNotice app={app} />
          <FitSummary app={app} />
          <section aria-labelledby="requirements-title" className="space-y-3">
            <h2 id="requirements-title" className="text-lg font-semibold">
              {t("requirements")}
            </h2>
            <RequirementTable rows={app.requirements} />
          </section>
          {app.permissions.hire || hired ? <HireDialog app={app} hired={hired} onHired={setHired} /> : null}
          <section aria-labelledby="scorecards-title" className="space-y-3">
            <h2 id="scorecards-title" className="text-lg font-semibold">
              {t("scorecards")}
            </h2>
            <SubmittedScorecards app={app} />
          </section>
          {app.permissions.rate ? <ScorecardForm key={app.id} app={app} /> : null}
          {app.myScorecard?.submittedAt ? <p className="text-sm text-muted">{t("mineSubmitted")}</p> : null}
          <section aria-labelledby="history-title" className="space-y-3">
            <h2 id="history-title" className="text-lg font-semibold">
              {t("history")}
            </h2>
            <StageHistory rows={app.stageHistory} />
          </section>
        </div>
      ) : null}
    </QueryState>
  );
}
