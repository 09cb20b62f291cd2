"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  FormField,
  Input,
  Table,
  TBody,
  THead,
  Td,
  Th,
  Tr,
} from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { Pagination } from "@/components/list/pagination";
import { useServerErrorText } from "@/i18n/server-errors";

/** Who the next retention run anonymizes, and (ADMIN) running it now. */
export function DueList({ canRun }: { canRun: boolean }) {
  const t = useTranslations("privacy");
  const common = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [result, setResult] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const query = useQuery({
    ...trpc.privacy.dueForRetention.queryOptions({ search, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const run = useMutation(
    trpc.privacy.runRetention.mutationOptions({
      onMutate: () => setResult(null),
      onSuccess: async (r) => {
        setResult({ tone: "success", text: t("runDone", { count: r.count }) });
        await queryClient.invalidateQueries(trpc.privacy.pathFilter());
      },
      onError: (e) => setResult({ tone: "danger", text: serverErrorText(e) }),
    }),
  );
  const data = query.data;
  return (
    <Card>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 className="font-semibold">{t("dueTitle")}</h2>
        {canRun ? (
          <ConfirmDialog
            trigger={
              <Button variant="danger" disabled={run.isPending}>
                {t("runNow")}
              </Button>
            }
            title={t("runConfirmTitle")}
            description={t("runConfirmBody")}
            confirmLabel={t("runNow")}
            cancelLabel={common("cancel")}
            onConfirm={() => run.mutate()}
          />
        ) : null}
      </div>
      {result ? (
        <Alert tone={result.tone} role={result.tone === "danger" ? "alert" : "status"} className="mb-3">
          {result.text}
        </Alert>
      ) : null}
      <div className="mb-3 max-w-sm">
        <FormField id="due-search" label={t("searchDue")}>
          {(aria) => (
            <Input
              {...aria}
              type="search"
              value={search}
              placeholder={common("searchPlaceholder")}
              onChange={(e) => {
                setSearch(e.target.value);
                setPage(1);
              }}
            />
          )}
        </FormField>
      </div>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {data ? (
          <>
            <p className="mb-3 text-sm text-muted">
              {t("dueHint", { cutoff: format.dateTime(data.cutoff, { dateStyle: "medium" }) })}
            </p>
            {data.items.length === 0 ? (
              search ? (
                <EmptyState title={common("noMatches")} description={common("noMatchesHint")} />
              ) : (
                <EmptyState title={t("dueEmpty")} description={t("dueEmptyHint")} />
              )
            ) : (
              <>
                <Table>
                  <THead>
                    <Tr>
                      <Th>{t("nameCol")}</Th>
                      <Th>{t("emailCol")}</Th>
                      <Th>{t("lastChangeCol")}</Th>
                      <Th>{t("applicationsCol")}</Th>
                    </Tr>
                  </THead>
                  <TBody>
                    {data.items.map((c) => (
                      <Tr key={c.id}>
                        <Td>{c.name}</Td>
                        <Td>{c.email ?? "—"}</Td>
                        <Td>{c.lastChange ? format.dateTime(c.lastChange, { dateStyle: "medium" }) : "—"}</Td>
                        <Td>
                          {c.applications.map((a) => `${a.position} (${t(`stages.${a.stage}`)})`).join(", ")}
                        </Td>
                      </Tr>
                    ))}
                  </TBody>
                </Table>
                <Pagination
                  page={data.page}
                  pageCount={data.pageCount}
                  pageSize={data.pageSize}
                  total={data.total}
                  onPage={setPage}
                  onPageSize={(s) => {
                    setPageSize(s);
                    setPage(1);
                  }}
                />
              </>
            )}
          </>
        ) : null}
      </QueryState>
    </Card>
  );
}
