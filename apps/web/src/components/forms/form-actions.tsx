"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert, Button } from "@portal/ui";

export function FormError({ message }: { message?: string }) {
  return message ? (
    <Alert tone="danger" role="alert">
      {message}
    </Alert>
  ) : null;
}

export function FormActions({
  saving,
  cancelHref,
  submitLabel,
}: {
  saving: boolean;
  cancelHref: string;
  submitLabel?: string;
}) {
  const t = useTranslations("common");
  return (
    <div className="flex gap-2 pt-2">
      <Button type="submit" disabled={saving}>
        {saving ? t("saving") : (submitLabel ?? t("save"))}
      </Button>
      <Button asChild variant="secondary">
        <Link href={cancelHref}>{t("cancel")}</Link>
      </Button>
    </div>
  );
}
