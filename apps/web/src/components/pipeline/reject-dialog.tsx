"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { TRPCClientError } from "@trpc/client";
import { bulkRejectInput } from "@portal/validators";
import { Alert, Button, Dialog, FormField, Textarea } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";

type ZodData = { zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null };

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
  const common = useTranslations("common");
  const errorText = useErrorText();
  const [reason, setReason] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);

  const close = (next: boolean) => {
    if (!next) {
      setReason("");
      setFieldError(undefined);
      setFormError(undefined);
    }
    onOpenChange(next);
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const parsed = bulkRejectInput.shape.reason.safeParse(reason);
    if (!parsed.success) return setFieldError(errorText(parsed.error.issues[0]?.message));
    setPending(true);
    try {
      await onReject(parsed.data);
      close(false);
    } catch (err) {
      const fields = err instanceof TRPCClientError ? (err.data as ZodData | undefined)?.zodError?.fieldErrors : undefined;
      if (fields?.reason?.[0]) setFieldError(errorText(fields.reason[0]));
      else setFormError(err instanceof Error ? err.message : String(err));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={close} title={title} description={t("description")}>
      <form onSubmit={submit} noValidate className="space-y-4">
        {formError ? <Alert tone="danger">{formError}</Alert> : null}
        <FormField id="rejection-reason" label={t("reason")} error={fieldError} required>
          {(aria) => <Textarea {...aria} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => close(false)}>{common("cancel")}</Button>
          <Button type="submit" variant="danger" disabled={pending}>{confirmLabel}</Button>
        </div>
      </form>
    </Dialog>
  );
}
