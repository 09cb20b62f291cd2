"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert, Button, Spinner } from "@portal/ui";
import { useServerErrorText } from "@/i18n/server-errors";

/** Loading and error states shared by every list and detail view. */
export function QueryState({
  isPending,
  error,
  onRetry,
  children,
}: {
  isPending: boolean;
  error: { message: string; data?: { code?: string } | null } | null;
  onRetry?: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("common");
  const errorText = useServerErrorText();
  if (isPending) return <Spinner label={t("loading")} className="py-8" />;
  // Trying again cannot bring back a record that is gone or not the caller's to see.
  const final = error?.data?.code === "NOT_FOUND" || error?.data?.code === "FORBIDDEN";
  if (error)
    return (
      <Alert tone="danger" role="alert" className="flex items-center justify-between gap-4">
        <span>{t("loadError", { message: errorText(error) })}</span>
        {onRetry && !final ? (
          <Button variant="secondary" size="sm" onClick={onRetry}>
            {t("retry")}
          </Button>
        ) : null}
      </Alert>
    );
  return <>{children}</>;
}
