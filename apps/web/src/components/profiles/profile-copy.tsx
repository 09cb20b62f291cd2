"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, ConfirmDialog, FormField, Select } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useServerErrorText } from "@/i18n/server-errors";

/** Copy this position's current requirements onto another position, after a confirmation. */
export function ProfileCopy({ positionId, title }: { positionId: string; title: string }) {
  const t = useTranslations("profiles");
  const common = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const positions = useQuery(trpc.positions.options.queryOptions({}));
  const [target, setTarget] = useState("");
  const [message, setMessage] = useState<{ tone: "success" | "info" | "danger"; text: string } | null>(null);
  const targetTitle = positions.data?.find((p) => p.id === target)?.title ?? "";
  const copy = useMutation(
    trpc.profiles.copy.mutationOptions({
      onMutate: () => setMessage(null),
      onSuccess: async (r) => {
        setMessage(
          r.outcome === "unchanged"
            ? { tone: "info", text: t("copyUnchanged", { to: targetTitle }) }
            : { tone: "success", text: t("copied", { to: targetTitle, version: r.version }) },
        );
        await queryClient.invalidateQueries(trpc.profiles.pathFilter());
      },
      onError: (e) => setMessage({ tone: "danger", text: serverErrorText(e) }),
    }),
  );
  return (
    <Card>
      <h2 className="mb-1 font-semibold">{t("copyTitle")}</h2>
      <p className="mb-3 text-sm text-muted">{t("copyHint")}</p>
      {message ? (
        <Alert tone={message.tone} role={message.tone === "danger" ? "alert" : undefined} className="mb-3">
          {message.text}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64">
          <FormField id="copy-target" label={t("targetPosition")}>
            {(aria) => (
              <Select {...aria} value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value="">{t("choosePosition")}</option>
                {(positions.data ?? [])
                  .filter((p) => p.id !== positionId)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title}
                    </option>
                  ))}
              </Select>
            )}
          </FormField>
        </div>
        <ConfirmDialog
          trigger={
            <Button variant="secondary" disabled={!target || copy.isPending}>
              {t("copy")}
            </Button>
          }
          title={t("copyConfirmTitle")}
          description={t("copyConfirmBody", { from: title, to: targetTitle })}
          confirmLabel={t("copy")}
          cancelLabel={common("cancel")}
          destructive={false}
          onConfirm={() => copy.mutate({ fromPositionId: positionId, toPositionId: target })}
        />
      </div>
    </Card>
  );
}
