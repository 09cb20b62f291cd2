"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, ConfirmDialog } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import type { ApplicationData } from "./types";
import { useServerErrorText } from "@/i18n/server-errors";

/** A newer profile version exists: HR may re-screen against it (ratings of dropped requirements stop counting). */
export function RescreenNotice({ app }: { app: ApplicationData }) {
  const t = useTranslations("applications");
  const common = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const rescreen = useMutation(
    trpc.applications.rescreen.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries(trpc.applications.get.queryFilter({ applicationId: app.id })),
      onError: (e) => setError(serverErrorText(e)),
    }),
  );
  if (!app.profile.newerExists) return null;
  return (
    <Alert tone="warning" className="space-y-2">
      <p>{t("newerProfile", { screened: app.profile.version, latest: app.profile.latestVersion })}</p>
      {error ? <p className="font-medium">{error}</p> : null}
      {app.permissions.rescreen ? (
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="secondary" disabled={rescreen.isPending}>
              {t("rescreen", { version: app.profile.latestVersion })}
            </Button>
          }
          title={t("rescreenTitle", { version: app.profile.latestVersion })}
          description={t("rescreenBody")}
          confirmLabel={t("rescreenConfirm")}
          cancelLabel={common("cancel")}
          destructive={false}
          onConfirm={() => rescreen.mutate({ applicationId: app.id })}
        />
      ) : null}
    </Alert>
  );
}
