"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Badge, Button, Card, ConfirmDialog, PageHeader } from "@portal/ui";
import type { RouterOutputs } from "@portal/api";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { useServerErrorText } from "@/i18n/server-errors";
import { SecretOnce } from "@/components/secrets/secret-once";
import { EndpointForm } from "./endpoint-form";
import { DeliveryLog } from "./delivery-log";
import { EventTypeLabel } from "./labels";

type Endpoint = RouterOutputs["webhooks"]["list"][number];

/** The signing secret, shown once after creating an endpoint or rotating its secret. */
function SigningSecret({ secret, url, onDone }: { secret: string; url: string; onDone: () => void }) {
  const t = useTranslations("webhooks");
  return (
    <SecretOnce
      secret={secret}
      testId="webhook-secret"
      onDone={onDone}
      texts={{
        title: t("secretTitle"),
        body: t("secretBody", { url }),
        warning: t("secretOnce"),
        copy: t("copy"),
        copied: t("copied"),
        done: t("secretDone"),
      }}
    />
  );
}

function EndpointCard({
  endpoint,
  onSecret,
}: {
  endpoint: Endpoint;
  onSecret: (secret: string, url: string) => void;
}) {
  const t = useTranslations("webhooks");
  const tc = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [showLog, setShowLog] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.webhooks.pathFilter());
  const rotate = useMutation(
    trpc.webhooks.rotateSecret.mutationOptions({
      onMutate: () => setError(null),
      onSuccess: async (r) => {
        onSecret(r.secret, r.endpoint.url);
        await refresh();
      },
      onError: (e) => setError(serverErrorText(e)),
    }),
  );
  const remove = useMutation(
    trpc.webhooks.delete.mutationOptions({
      onMutate: () => setError(null),
      onSuccess: refresh,
      onError: (e) => setError(serverErrorText(e)),
    }),
  );
  const headingId = `endpoint-${endpoint.id}`;
  return (
    <Card>
      <section aria-labelledby={headingId} className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id={headingId} className="break-all font-semibold">
              {endpoint.url}
            </h2>
            {endpoint.description ? <p className="text-sm text-muted">{endpoint.description}</p> : null}
          </div>
          <div className="flex flex-wrap gap-2">
            <Badge tone={endpoint.active ? "success" : "neutral"}>
              {endpoint.active ? t("active") : t("inactive")}
            </Badge>
            {endpoint.failedDeliveries > 0 ? (
              <Badge tone="danger">{t("failedCount", { count: endpoint.failedDeliveries })}</Badge>
            ) : null}
          </div>
        </div>
        <p className="text-sm">
          <span className="text-muted">{t("events")}: </span>
          {endpoint.events.map((e, i) => (
            <span key={e}>
              {i > 0 ? ", " : null}
              <EventTypeLabel type={e} />
            </span>
          ))}
        </p>
        {error ? (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        ) : null}
        {editing ? (
          <EndpointForm endpoint={endpoint} onDone={() => setEditing(false)} />
        ) : (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
              {t("edit")}
            </Button>
            <Button
              variant="secondary"
              size="sm"
              aria-expanded={showLog}
              onClick={() => setShowLog((s) => !s)}
            >
              {showLog ? t("hideDeliveries") : t("showDeliveries")}
            </Button>
            <ConfirmDialog
              trigger={
                <Button variant="secondary" size="sm" disabled={rotate.isPending}>
                  {t("rotate")}
                </Button>
              }
              title={t("rotateTitle")}
              description={t("rotateBody", { url: endpoint.url })}
              confirmLabel={t("rotateConfirm")}
              cancelLabel={tc("cancel")}
              onConfirm={() => rotate.mutate({ id: endpoint.id })}
            />
            <ConfirmDialog
              trigger={
                <Button variant="danger" size="sm" disabled={remove.isPending}>
                  {tc("delete")}
                </Button>
              }
              title={t("deleteTitle")}
              description={t("deleteBody", { url: endpoint.url })}
              confirmLabel={t("deleteConfirm")}
              cancelLabel={tc("cancel")}
              onConfirm={() => remove.mutate({ id: endpoint.id })}
            />
          </div>
        )}
        {showLog ? <DeliveryLog endpointId={endpoint.id} /> : null}
      </section>
    </Card>
  );
}

/** Admins register endpoints, see each one's delivery log and re-send; secrets are shown once. */
export function WebhooksPage() {
  const t = useTranslations("webhooks");
  const trpc = useTRPC();
  const list = useQuery(trpc.webhooks.list.queryOptions());
  const [secret, setSecret] = useState<{ secret: string; url: string } | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {secret ? (
        <SigningSecret secret={secret.secret} url={secret.url} onDone={() => setSecret(null)} />
      ) : null}
      <Card>
        {adding ? (
          <EndpointForm
            onDone={() => setAdding(false)}
            onCreated={(s, url) => {
              setAdding(false);
              setSecret({ secret: s, url });
            }}
          />
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-muted">{t("signingHint")}</p>
            <Button onClick={() => setAdding(true)}>{t("add")}</Button>
          </div>
        )}
      </Card>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {list.data?.length === 0 ? <p className="text-sm text-muted">{t("empty")}</p> : null}
        <div className="space-y-4">
          {(list.data ?? []).map((e) => (
            <EndpointCard key={e.id} endpoint={e} onSecret={(s, url) => setSecret({ secret: s, url })} />
          ))}
        </div>
      </QueryState>
    </div>
  );
}
