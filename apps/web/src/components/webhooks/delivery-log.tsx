"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Badge, Button, Table, TBody, THead, Td, Th, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { useServerErrorText } from "@/i18n/server-errors";
import { EventTypeLabel, useAttemptErrorText } from "./labels";

const statusTone = { PENDING: "warning", SUCCEEDED: "success", FAILED: "danger" } as const;
const pageSize = 20;

/** An endpoint's deliveries, newest first, with every attempt, paged; a delivery can be sent again. */
export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const t = useTranslations("webhooks");
  const tc = useTranslations("common");
  const format = useFormatter();
  const errorText = useAttemptErrorText();
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const log = useQuery(trpc.webhooks.deliveries.queryOptions({ endpointId, page, pageSize }));
  const resend = useMutation(
    trpc.webhooks.resend.mutationOptions({
      onMutate: () => setNotice(null),
      onSuccess: async () => {
        setNotice({ tone: "success", text: t("resent") });
        setPage(1);
        await queryClient.invalidateQueries(trpc.webhooks.pathFilter());
      },
      onError: (e) => setNotice({ tone: "danger", text: serverErrorText(e) }),
    }),
  );
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" });
  return (
    <div className="space-y-3 border-t border-gray-200 pt-3">
      <h3 className="font-semibold">{t("deliveries")}</h3>
      {notice ? (
        <Alert tone={notice.tone} role={notice.tone === "danger" ? "alert" : "status"}>
          {notice.text}
        </Alert>
      ) : null}
      <QueryState isPending={log.isPending} error={log.error} onRetry={() => void log.refetch()}>
        {log.data && log.data.total === 0 ? <p className="text-sm text-muted">{t("noDeliveries")}</p> : null}
        {log.data && log.data.total > 0 ? (
          <>
            <Table>
              <THead>
                <Tr>
                  <Th>{t("eventType")}</Th>
                  <Th>{t("created")}</Th>
                  <Th>{t("status")}</Th>
                  <Th>{t("attempts")}</Th>
                  <Th>
                    <span className="sr-only">{t("actions")}</span>
                  </Th>
                </Tr>
              </THead>
              <TBody>
                {log.data.items.map((d) => (
                  <Tr key={d.id}>
                    <Td>
                      <EventTypeLabel type={d.event.type} />
                      <div className="font-mono text-xs text-muted">{d.event.id}</div>
                    </Td>
                    <Td>{when(d.createdAt)}</Td>
                    <Td>
                      <Badge tone={statusTone[d.status]}>{t(`statuses.${d.status}`)}</Badge>
                    </Td>
                    <Td>
                      {d.attemptLog.length === 0 ? (
                        <span className="text-sm text-muted">{t("notYetSent")}</span>
                      ) : (
                        <ol className="space-y-1 text-sm">
                          {d.attemptLog.map((a) => (
                            <li key={a.number}>
                              {t("attemptLine", {
                                number: a.number,
                                at: when(a.at),
                                code: a.responseCode ?? 0,
                                hasCode: a.responseCode === null ? "no" : "yes",
                              })}
                              {a.error ? (
                                <span className="text-red-800"> · {errorText(a.error, a.responseCode)}</span>
                              ) : null}
                            </li>
                          ))}
                        </ol>
                      )}
                    </Td>
                    <Td>
                      <Button
                        variant="secondary"
                        size="sm"
                        disabled={resend.isPending}
                        aria-label={t("resendLabel", { id: d.event.id })}
                        onClick={() => resend.mutate({ id: d.id })}
                      >
                        {t("resend")}
                      </Button>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
            {log.data.pageCount > 1 ? (
              <nav aria-label={tc("pagination")} className="flex items-center gap-2 text-sm">
                <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  {tc("previous")}
                </Button>
                <span>{tc("pageOf", { page, pageCount: log.data.pageCount })}</span>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={page >= log.data.pageCount}
                  onClick={() => setPage(page + 1)}
                >
                  {tc("next")}
                </Button>
              </nav>
            ) : null}
          </>
        ) : null}
      </QueryState>
    </div>
  );
}
