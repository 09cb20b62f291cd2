"use client";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  ConfirmDialog,
  EmptyState,
  Select,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { Pagination } from "@/components/list/pagination";
import { QueryState } from "@/components/list/query-state";
import { FitExplanation } from "./fit-explanation";
import type { Move, Proposal } from "./types";
import { useServerErrorText } from "@/i18n/server-errors";

/**
 * The proposed moves, each with its explanation, a page at a time (thousands at 10,000 people: the server
 * filters and pages them); HR applies the chosen ones, from any page, in one transaction.
 */
export function ProposalMoves({
  jobId,
  proposal,
  onApplied,
}: {
  jobId: string;
  proposal: Proposal;
  onApplied: (applied: number) => void;
}) {
  const t = useTranslations("staffing");
  const common = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [segment, setSegment] = useState("");
  const [department, setDepartment] = useState("");
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  /** The chosen moves by person, kept whole: a choice stays when its page is no longer shown. */
  const [chosen, setChosen] = useState<Map<string, Move>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const movesPage = useQuery({
    ...trpc.staffing.proposalMoves.queryOptions({
      jobId,
      page,
      pageSize,
      segmentId: segment || undefined,
      departmentId: department || undefined,
    }),
    placeholderData: keepPreviousData,
  });
  const segmentNames = useMemo(
    () => Object.fromEntries(proposal.segments.map((s) => [s.segmentId, s.name])),
    [proposal],
  );
  const departmentNames = useMemo(
    () => new Map(proposal.departments.map((d) => [d.departmentId, d.name])),
    [proposal],
  );
  const dept = (id: string | null) => (id ? (departmentNames.get(id) ?? id) : t("noDepartment"));
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value);
    setPage(1);
  };
  // Moves into a department that exists only in the what-if cannot be saved.
  const applicable = (m: Move) => !proposal.whatIf && m.fromDepartmentId !== null;
  const apply = useMutation(
    trpc.staffing.applyMoves.mutationOptions({
      onSuccess: async (result) => {
        setChosen(new Map());
        await queryClient.invalidateQueries(trpc.staff.pathFilter());
        onApplied(result.applied);
      },
    }),
  );
  const toggle = (move: Move) =>
    setChosen((c) => {
      const next = new Map(c);
      if (next.has(move.personId)) next.delete(move.personId);
      else next.set(move.personId, move);
      return next;
    });
  const selected = [...chosen.values()];
  const submit = () =>
    apply.mutate({
      moves: selected.map((m) => ({
        staffMemberId: m.personId,
        fromDepartmentId: m.fromDepartmentId!,
        toDepartmentId: m.toDepartmentId,
        version: m.version,
      })),
    });

  return (
    <section aria-labelledby="moves-title" className="space-y-3">
      <h2 id="moves-title" className="text-lg font-semibold">
        {t("moves")}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="moves-segment" className="mb-1 block text-sm font-medium">
            {t("filterSegment")}
          </label>
          <Select id="moves-segment" value={segment} onChange={(e) => filter(setSegment)(e.target.value)}>
            <option value="">{t("allSegments")}</option>
            {proposal.segments.map((s) => (
              <option key={s.segmentId} value={s.segmentId}>
                {s.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="moves-department" className="mb-1 block text-sm font-medium">
            {t("filterDepartment")}
          </label>
          <Select
            id="moves-department"
            value={department}
            onChange={(e) => filter(setDepartment)(e.target.value)}
          >
            <option value="">{t("allDepartments")}</option>
            {proposal.departments.map((d) => (
              <option key={d.departmentId} value={d.departmentId}>
                {d.name}
              </option>
            ))}
          </Select>
        </div>
        {!proposal.whatIf ? (
          <Button disabled={selected.length === 0 || apply.isPending} onClick={() => setConfirming(true)}>
            {t("applySelected", { count: selected.length })}
          </Button>
        ) : null}
      </div>
      {apply.error ? (
        <Alert tone="danger" role="alert">
          {serverErrorText(apply.error)}
        </Alert>
      ) : null}
      <QueryState
        isPending={movesPage.isPending}
        error={movesPage.error}
        onRetry={() => void movesPage.refetch()}
      >
        {!movesPage.data ? null : movesPage.data.total === 0 ? (
          <EmptyState
            title={proposal.totals.moves === 0 ? t("noMoves") : common("noMatches")}
            description={proposal.totals.moves === 0 ? t("noMovesHint") : common("noMatchesHint")}
          />
        ) : (
          <>
            <Table>
              <THead>
                <tr>
                  <Th>
                    <span className="sr-only">{t("choose")}</span>
                  </Th>
                  <Th>{t("person")}</Th>
                  <Th>{t("from")}</Th>
                  <Th>{t("to")}</Th>
                  <Th>{t("gainColumn")}</Th>
                  <Th>{t("why")}</Th>
                </tr>
              </THead>
              <TBody>
                {movesPage.data.moves.map((m) => (
                  <Tr key={m.personId}>
                    <Td>
                      {applicable(m) ? (
                        <input
                          type="checkbox"
                          checked={chosen.has(m.personId)}
                          onChange={() => toggle(m)}
                          aria-label={t("chooseMove", { person: m.personName })}
                        />
                      ) : null}
                    </Td>
                    <Td className="font-medium">{m.personName}</Td>
                    <Td>{dept(m.fromDepartmentId)}</Td>
                    <Td>{dept(m.toDepartmentId)}</Td>
                    <Td>{t("gain", { gain: m.gain })}</Td>
                    <Td>
                      <details>
                        <summary className="cursor-pointer text-brand-700">
                          {t("explainMove", { person: m.personName })}
                        </summary>
                        <div className="mt-2 grid grid-cols-1 gap-3 md:grid-cols-2">
                          <div>
                            <p className="text-sm font-medium">
                              {t("inDepartment", { department: dept(m.fromDepartmentId) })}
                            </p>
                            {m.before ? (
                              <FitExplanation fit={m.before} segmentNames={segmentNames} />
                            ) : (
                              <p className="text-sm">{t("noDepartment")}</p>
                            )}
                          </div>
                          <div>
                            <p className="text-sm font-medium">
                              {t("inDepartment", { department: dept(m.toDepartmentId) })}
                            </p>
                            <FitExplanation fit={m.after} segmentNames={segmentNames} />
                          </div>
                        </div>
                      </details>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
            <Pagination
              page={movesPage.data.page}
              pageCount={movesPage.data.pageCount}
              pageSize={movesPage.data.pageSize}
              total={movesPage.data.total}
              onPage={setPage}
              onPageSize={(size) => {
                setPageSize(size);
                setPage(1);
              }}
            />
          </>
        )}
      </QueryState>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("confirmTitle", { count: selected.length })}
        description={t("confirmDescription", { count: selected.length })}
        confirmLabel={t("confirmApply")}
        cancelLabel={common("cancel")}
        destructive={false}
        onConfirm={submit}
      />
    </section>
  );
}
