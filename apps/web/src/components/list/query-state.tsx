"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert, Button, Spinner } from "@portal/ui";

/** Loading and error states shared by every list and detail view. */
export function QueryState({
  isPending,
  error,
  onRetry,
  children,
}: {
  isPending: boolean;
  error: { message: string } | null;
  onRetry?: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("common");
  if (isPending) return <Spinner label={t("loading")} className="py-8" />;
  if (error)
    return (
      <Alert tone="danger" role="alert" className="flex items-center justify-between gap-4">
        <span>{t("loadError", { message: error.message })}</span>
        {onRetry ? (
          <Button variant="secondary" size="sm" onClick={onRetry}>
            {t("retry")}
          </Button>
        ) : null}
      </Alert>
    );
  return <>{children}</>;
}
