"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  PageHeader,
  TBody,
  THead,
  Table,
  Td,
  Th,
  Tr,
} from "@portal/ui";
import type { RouterOutputs } from "@portal/api";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { useServerErrorText } from "@/i18n/server-errors";
import { SecretOnce } from "@/components/secrets/secret-once";
import { TokenForm } from "./token-form";

type Token = RouterOutputs["apiTokens"]["list"][number];
type Status = "active" | "expired" | "revoked";

const statusOf = (token: Token, now: number): Status =>
  token.revokedAt ? "revoked" : token.expiresAt.getTime() <= now ? "expired" : "active";
const statusTone = { active: "success", expired: "warning", revoked: "neutral" } as const;

function TokenSecret({ secret, name, onDone }: { secret: string; name: string; onDone: () => void }) {
  const t = useTranslations("apiTokens");
  return (
    <SecretOnce
      secret={secret}
      testId="api-token-secret"
      onDone={onDone}
      texts={{
        title: t("secretTitle"),
        body: t("secretBody", { name }),
        warning: t("secretOnce"),
        copy: t("copy"),
        copied: t("copied"),
        done: t("secretDone"),
      }}
    />
  );
}

function TokenRow({
  token,
  now,
  onError,
}: {
  token: Token;
  now: number;
  onError: (text: string | null) => void;
}) {
  const t = useTranslations("apiTokens");
  const tc = useTranslations("common");
  const format = useFormatter();
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.apiTokens.revoke.mutationOptions({
      onMutate: () => onError(null),
      onSuccess: () => queryClient.invalidateQueries(trpc.apiTokens.pathFilter()),
      onError: (e) => onError(serverErrorText(e)),
    }),
  );
  const status = statusOf(token, now);
  // Stored as the first instant it no longer works: the last valid day is the one before, in UTC.
  const validThrough = format.dateTime(new Date(token.expiresAt.getTime() - 1), {
    dateStyle: "medium",
    timeZone: "UTC",
  });
  return (
    <Tr>
      <Th scope="row" className="font-medium">
        {token.name}
      </Th>
      <Td>
        <code className="font-mono text-xs">{token.prefix}…</code>
      </Td>
      <Td>
        <ul className="space-y-0.5">
          {token.scopes.map((scope) => (
            <li key={scope}>
              <code className="font-mono text-xs">{scope}</code>
            </li>
          ))}
        </ul>
      </Td>
      <Td>{validThrough}</Td>
      <Td>
        {token.lastUsedAt
          ? format.dateTime(token.lastUsedAt, { dateStyle: "medium", timeStyle: "short" })
          : t("neverUsed")}
      </Td>
      <Td>
        <Badge tone={statusTone[status]}>{t(`status.${status}`)}</Badge>
      </Td>
      <Td>{token.createdBy.name}</Td>
      <Td>
        {status === "revoked" ? null : (
          <ConfirmDialog
            trigger={
              <Button
                variant="danger"
                size="sm"
                disabled={revoke.isPending}
                aria-label={t("revokeNamed", { name: token.name })}
              >
                {t("revoke")}
              </Button>
            }
            title={t("revokeTitle")}
            description={t("revokeBody", { name: token.name })}
            confirmLabel={t("revokeConfirm")}
            cancelLabel={tc("cancel")}
            onConfirm={() => revoke.mutate({ id: token.id })}
          />
        )}
      </Td>
    </Tr>
  );
}

/** Admins create API tokens for the REST API (the secret shown once), see when each was last used, and revoke them. */
export function ApiTokensPage() {
  const t = useTranslations("apiTokens");
  const trpc = useTRPC();
  const list = useQuery(trpc.apiTokens.list.queryOptions());
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const now = list.dataUpdatedAt || Date.now();
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {created ? (
        <TokenSecret secret={created.secret} name={created.name} onDone={() => setCreated(null)} />
      ) : null}
      <Card>
        {adding ? (
          <TokenForm
            onDone={() => setAdding(false)}
            onCreated={(secret, name) => {
              setAdding(false);
              setCreated({ secret, name });
            }}
          />
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-muted">{t("usageHint")}</p>
            <Button onClick={() => setAdding(true)}>{t("add")}</Button>
          </div>
        )}
      </Card>
      {error ? (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      ) : null}
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {list.data?.length === 0 ? (
          <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />
        ) : (
          <Table aria-label={t("listLabel")}>
            <THead>
              <tr>
                <Th scope="col">{t("name")}</Th>
                <Th scope="col">{t("prefix")}</Th>
                <Th scope="col">{t("scopes")}</Th>
                <Th scope="col">{t("validThrough")}</Th>
                <Th scope="col">{t("lastUsed")}</Th>
                <Th scope="col">{t("statusLabel")}</Th>
                <Th scope="col">{t("createdBy")}</Th>
                <Th scope="col">
                  <span className="sr-only">{t("actions")}</span>
                </Th>
              </tr>
            </THead>
            <TBody>
              {(list.data ?? []).map((token) => (
                <TokenRow key={token.id} token={token} now={now} onError={setError} />
              ))}
            </TBody>
          </Table>
        )}
      </QueryState>
    </div>
  );
}
