"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Table, TBody, THead, Td, Th, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { RequirementList } from "./requirement-list";
import type { ProfileView } from "./types";

function OldVersion({ profileId, onClose }: { profileId: string; onClose: () => void }) {
  const t = useTranslations("profiles");
  const trpc = useTRPC();
  const query = useQuery(trpc.profiles.version.queryOptions({ profileId }));
  return (
    <Card className="mt-4" aria-live="polite">
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {query.data ? (
          <>
            <div className="mb-3 flex items-center justify-between gap-4">
              <h3 className="font-semibold">{t("oldVersionTitle", { version: query.data.version })}</h3>
              <Button variant="secondary" size="sm" onClick={onClose}>
                {t("closeVersion")}
              </Button>
            </div>
            {query.data.note ? <p className="mb-3 text-sm text-muted">{query.data.note}</p> : null}
            <RequirementList requirements={query.data.requirements} />
          </>
        ) : null}
      </QueryState>
    </Card>
  );
}

/** Every version with who made it and how many candidates were screened against it; old ones open read-only. */
export function ProfileHistory({ versions }: { versions: ProfileView["versions"] }) {
  const t = useTranslations("profiles");
  const format = useFormatter();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card>
      <h2 className="mb-3 font-semibold">{t("history")}</h2>
      {versions.length === 0 ? (
        <p className="text-sm text-muted">{t("historyEmpty")}</p>
      ) : (
        <Table>
          <THead>
            <Tr>
              <Th>{t("versionCol")}</Th>
              <Th>{t("createdCol")}</Th>
              <Th>{t("byCol")}</Th>
              <Th>{t("noteCol")}</Th>
              <Th>{t("requirementsCol")}</Th>
              <Th>{t("screenedCol")}</Th>
              <Th>
                <span className="sr-only">{t("view")}</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {versions.map((v) => (
              <Tr key={v.id}>
                <Td>{v.version}</Td>
                <Td>{format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                <Td>{v.createdBy ?? "—"}</Td>
                <Td>{v.note || "—"}</Td>
                <Td>{v.requirementCount}</Td>
                <Td>{v.applicationCount}</Td>
                <Td>
                  <Button
                    variant="secondary"
                    size="sm"
                    aria-label={t("viewVersion", { version: v.version })}
                    onClick={() => setOpen(v.id)}
                  >
                    {t("view")}
                  </Button>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {open ? <OldVersion profileId={open} onClose={() => setOpen(null)} /> : null}
    </Card>
  );
}
