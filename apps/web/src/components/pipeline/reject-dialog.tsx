"use client";
import { useTranslations } from "next-intl";
import { bulkRejectInput } from "@portal/validators";
import { ReasonDialog } from "@/components/forms/reason-dialog";

/** Asks for the rejection reason (required: it is validated with the server's schema) before rejecting. */
export function RejectDialog({
  open,
  onOpenChange,
  title,
  confirmLabel,
  onReject,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  confirmLabel: string;
  onReject: (reason: string) => Promise<unknown>;
}) {
  const t = useTranslations("pipeline.reject");
  return (
    <ReasonDialog
      open={open}
      onOpenChange={onOpenChange}
      id="rejection-reason"
      title={title}
      description={t("description")}
      label={t("reason")}
      confirmLabel={confirmLabel}
      destructive
      schema={bulkRejectInput.shape.reason}
      maxLength={500}
      onConfirm={onReject}
    />
  );
}
