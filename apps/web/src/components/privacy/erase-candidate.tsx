"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, FormField, Input } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { useServerErrorText } from "@/i18n/server-errors";

const normalize = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** Erasure on request: find the candidate, type their name to confirm, erase. `candidateId` preselects one. */
export function EraseCandidate({ candidateId }: { candidateId?: string }) {
  const t = useTranslations("privacy");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [selectedId, setSelectedId] = useState<string | undefined>(candidateId);
  const [confirmName, setConfirmName] = useState("");
  const [result, setResult] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const results = useQuery({
    ...trpc.privacy.candidates.queryOptions({ search }),
    enabled: search.trim().length > 0,
  });
  const selected = useQuery({
    ...trpc.privacy.candidates.queryOptions({ search: "", candidateId: selectedId }),
    enabled: !!selectedId,
  });
  const candidate = selected.data?.[0];
  const erase = useMutation(
    trpc.privacy.erase.mutationOptions({
      onMutate: () => setResult(null),
      onSuccess: async () => {
        setResult({ tone: "success", text: t("erased") });
        setConfirmName("");
        await queryClient.invalidateQueries(trpc.privacy.pathFilter());
      },
      onError: (e) => setResult({ tone: "danger", text: serverErrorText(e) }),
    }),
  );
  const matches = !!candidate && normalize(confirmName) === normalize(candidate.name);
  return (
    <Card>
      <h2 className="mb-1 font-semibold">{t("eraseTitle")}</h2>
      <p className="mb-3 text-sm text-muted">{t("eraseHint")}</p>
      <div className="max-w-sm">
        <FormField id="erase-search" label={t("searchCandidate")}>
          {(aria) => (
            <Input {...aria} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          )}
        </FormField>
      </div>
      {search.trim() ? (
        <div className="mt-3">
          <QueryState
            isPending={results.isPending}
            error={results.error}
            onRetry={() => void results.refetch()}
          >
            {results.data?.length === 0 ? <p className="text-sm text-muted">{t("noCandidates")}</p> : null}
            <ul className="space-y-2">
              {(results.data ?? []).map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-3 text-sm">
                  <span>{c.name}</span>
                  <span className="text-muted">
                    {c.email ?? t("noEmail")} · {t("applicationCount", { count: c._count.applications })}
                  </span>
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={t("selectCandidate", { name: c.name })}
                    onClick={() => {
                      setSelectedId(c.id);
                      setConfirmName("");
                      setResult(null);
                    }}
                  >
                    {t("select")}
                  </Button>
                </li>
              ))}
            </ul>
          </QueryState>
        </div>
      ) : null}
      {result ? (
        <Alert tone={result.tone} role={result.tone === "danger" ? "alert" : "status"} className="mt-4">
          {result.text}
        </Alert>
      ) : null}
      {selectedId ? (
        <div className="mt-4 space-y-3 border-t border-gray-200 pt-4">
          <QueryState
            isPending={selected.isPending}
            error={selected.error}
            onRetry={() => void selected.refetch()}
          >
            {candidate ? (
              <>
                <p className="text-sm font-medium">
                  {t("selected", { name: candidate.name })} {candidate.email ? `(${candidate.email})` : null}
                </p>
                {candidate.anonymizedAt ? (
                  <Alert tone="info">{t("alreadyAnonymized")}</Alert>
                ) : (
                  <form
                    noValidate
                    className="flex flex-wrap items-end gap-3"
                    onSubmit={(e) => {
                      e.preventDefault();
                      if (matches) erase.mutate({ candidateId: candidate.id, confirmName });
                    }}
                  >
                    <div className="min-w-64">
                      <FormField
                        id="confirm-name"
                        label={t("confirmName")}
                        hint={t("confirmNameHint", { name: candidate.name })}
                        required
                      >
                        {(aria) => (
                          <Input
                            {...aria}
                            autoComplete="off"
                            value={confirmName}
                            onChange={(e) => setConfirmName(e.target.value)}
                          />
                        )}
                      </FormField>
                    </div>
                    <Button type="submit" variant="danger" disabled={!matches || erase.isPending}>
                      {t("erase")}
                    </Button>
                  </form>
                )}
              </>
            ) : (
              <p className="text-sm text-muted">{t("noCandidates")}</p>
            )}
          </QueryState>
        </div>
      ) : null}
    </Card>
  );
}
