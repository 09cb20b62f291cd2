"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { ProposalMoves } from "./proposal-moves";
import { ProposalProgress } from "./proposal-progress";
import { ProposalSummary } from "./proposal-summary";
import { moveCostError, WhatIfEditor } from "./what-if-editor";
import { emptyRequest, type ProposalRequest } from "./types";
import { useServerErrorText } from "@/i18n/server-errors";

const FAST_POLL_MS = 100;
const FAST_POLL_FOR_MS = 5_000;
const SLOW_POLL_MS = 250;

export function StaffingWorkbench() {
  const t = useTranslations("staffing");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const [request, setRequest] = useState<ProposalRequest>(emptyRequest);
  const [jobId, setJobId] = useState<string | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const startedAt = useRef(0);
  const start = useMutation(
    trpc.staffing.startProposal.mutationOptions({
      onSuccess: (r) => {
        startedAt.current = Date.now();
        setJobId(r.jobId);
      },
    }),
  );
  const status = useQuery({
    ...trpc.staffing.proposalStatus.queryOptions({ jobId: jobId ?? "00000000-0000-4000-8000-000000000000" }),
    enabled: jobId !== null,
    // A running answer is a few hundred bytes: polled often at first, when a warm solve ends within a second or
    // two and every wait after the result is stored adds to click-to-result, then less often.
    refetchInterval: (query) =>
      query.state.data?.status !== "running"
        ? false
        : Date.now() - startedAt.current < FAST_POLL_FOR_MS
          ? FAST_POLL_MS
          : SLOW_POLL_MS,
  });
  const job = jobId ? status.data : undefined;
  const running = start.isPending || job?.status === "running";
  const run = () => {
    setJobId(null);
    start.mutate(request);
  };
  // After applying, the proposal is re-run on the new organization; the confirmation stays until the next run.
  const afterApply = (count: number) => {
    run();
    setApplied(count);
  };

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="space-y-4">
        <WhatIfEditor value={request} onChange={setRequest} disabled={running} />
        <div className="flex flex-wrap items-center gap-3">
          <Button
            onClick={() => {
              setApplied(null);
              run();
            }}
            disabled={running || moveCostError(request.moveCost) !== undefined}
          >
            {running ? t("runningShort") : t("run")}
          </Button>
          {request !== emptyRequest ? (
            <Button variant="secondary" onClick={() => setRequest(emptyRequest)} disabled={running}>
              {t("reset")}
            </Button>
          ) : null}
        </div>
        {applied !== null ? <Alert tone="success">{t("applied", { count: applied })}</Alert> : null}
        {start.error ? (
          <Alert tone="danger" role="alert">
            {serverErrorText(start.error)}
          </Alert>
        ) : null}
        {status.error ? (
          <Alert tone="danger" role="alert">
            {serverErrorText(status.error)}
          </Alert>
        ) : null}
        {job?.status === "running" ? <ProposalProgress job={job} /> : null}
        {job?.status === "failed" ? (
          <Alert tone="danger" role="alert">
            {t("failed", { message: serverErrorText(job.error) })}
          </Alert>
        ) : null}
      </Card>
      {job?.status === "done" && job.result ? (
        <>
          <ProposalSummary proposal={job.result} />
          <ProposalMoves key={job.id} jobId={job.id} proposal={job.result} onApplied={afterApply} />
        </>
      ) : !jobId && !start.isPending ? (
        <p className="text-muted">{t("intro")}</p>
      ) : null}
    </div>
  );
}
