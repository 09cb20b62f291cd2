"use client";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { TRPCClientError } from "@trpc/client";
import type { ZodType } from "zod";
import { Alert, Button, Dialog, FormField, Textarea } from "@portal/ui";
import { useErrorText } from "@/components/forms/use-form-errors";
import { toldOf, useServerErrorText } from "@/i18n/server-errors";

type ZodData = { zodError?: { fieldErrors?: Record<string, string[] | undefined> } | null };

/**
 * A confirmation that needs a reason (a rejection, an override, a revocation): the reason is checked with the
 * server's own schema, the action runs only with a valid one, and a refusal from the server stays in the dialog
 * where it was asked for (on the field when the server names the `reason` field).
 */
export function ReasonDialog({
  open,
  onOpenChange,
  id,
  title,
  description,
  label,
  confirmLabel,
  destructive,
  schema,
  maxLength,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  id: string;
  title: string;
  description: string;
  label: string;
  confirmLabel: string;
  destructive?: boolean;
  /** The server's rule for the reason, e.g. `revokeSignOffInput.shape.reason`. */
  schema: ZodType<string>;
  maxLength: number;
  onConfirm: (reason: string) => Promise<unknown>;
}) {
  const common = useTranslations("common");
  const errorText = useErrorText();
  const serverErrorText = useServerErrorText();
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
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = schema.safeParse(reason);
    if (!parsed.success) return setFieldError(errorText(parsed.error.issues[0]?.message));
    setFieldError(undefined);
    setPending(true);
    try {
      await onConfirm(parsed.data);
      close(false);
    } catch (err) {
      const fields =
        err instanceof TRPCClientError ? (err.data as ZodData | undefined)?.zodError?.fieldErrors : undefined;
      if (fields?.reason?.[0])
        setFieldError(errorText(serverErrorText.field(fields.reason[0], toldOf(err).params)));
      else setFormError(serverErrorText(err));
    } finally {
      setPending(false);
    }
  };
  return (
    <Dialog open={open} onOpenChange={close} title={title} description={description}>
      <form onSubmit={(e) => void submit(e)} noValidate className="space-y-4">
        {formError ? (
          <Alert tone="danger" role="alert">
            {formError}
          </Alert>
        ) : null}
        <FormField id={id} label={label} error={fieldError} required>
          {(aria) => (
            <Textarea
              {...aria}
              rows={3}
              value={reason}
              maxLength={maxLength}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </FormField>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => close(false)}>
            {common("cancel")}
          </Button>
          <Button type="submit" variant={destructive ? "danger" : "primary"} disabled={pending}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
