"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import {
  closedFeedbackStatuses,
  feedbackRespond,
  feedbackStatuses,
  feedbackTextMax,
  type FeedbackStatusValue,
} from "@portal/validators";
import { Alert, Button, Card, ConfirmDialog } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";
import { SelectRow, TextareaRow } from "@/components/forms/form-rows";

const fields = feedbackRespond.pick({ status: true, reply: true });
type Values = z.input<typeof fields>;
type Output = z.output<typeof fields>;

/**
 * The segment's head or HR sets the status and writes the reply the author reads (and is notified of). Closing
 * (done, won't do) asks for confirmation first; an answer given meanwhile by someone else is refused, not
 * overwritten.
 */
export function RespondPanel({
  id,
  responseVersion,
  status,
  reply,
}: {
  id: string;
  responseVersion: number;
  status: FeedbackStatusValue;
  reply: string;
}) {
  const t = useTranslations("feedback");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<Output | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(fields),
    defaultValues: { status, reply },
  });
  const { register, handleSubmit, formState, setError } = form;
  const respond = useMutation(
    trpc.feedback.respond.mutationOptions({
      onSuccess: async (answer) => {
        form.reset({ status: answer.status, reply: answer.reply });
        setSaved(true);
        // The item (and with it the response version the next answer is checked against) is read again.
        await queryClient.invalidateQueries(trpc.feedback.pathFilter());
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const send = (values: Output) => {
    setSaved(false);
    respond.mutate({ id, responseVersion, ...values });
  };
  const submit = (values: Output) => {
    if (values.status !== status && closedFeedbackStatuses.includes(values.status)) setConfirming(values);
    else send(values);
  };
  return (
    <Card aria-labelledby="feedback-respond-title" className="space-y-4">
      <h2 id="feedback-respond-title" className="text-lg font-semibold">
        {t("respond.title")}
      </h2>
      <p className="text-sm text-muted">{t("respond.description")}</p>
      {saved ? <Alert tone="success">{t("respond.saved")}</Alert> : null}
      <form noValidate className="space-y-4" onSubmit={handleSubmit(submit)}>
        <FormError message={formState.errors.root?.server?.message} />
        <SelectRow
          id="status"
          label={t("respond.status")}
          required
          error={errorText(formState.errors.status?.message)}
          options={feedbackStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          {...register("status")}
        />
        <TextareaRow
          id="reply"
          label={t("respond.reply")}
          hint={t("respond.replyHint")}
          rows={5}
          maxLength={feedbackTextMax}
          error={errorText(formState.errors.reply?.message)}
          {...register("reply")}
        />
        <Button type="submit" disabled={respond.isPending}>
          {respond.isPending ? common("saving") : t("respond.submit")}
        </Button>
      </form>
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        title={t("respond.confirmTitle")}
        description={t("respond.confirmBody", {
          status: confirming ? t(`statuses.${confirming.status}`) : "",
        })}
        confirmLabel={t("respond.confirm")}
        cancelLabel={common("cancel")}
        destructive={false}
        onConfirm={() => {
          if (confirming) send(confirming);
          setConfirming(null);
        }}
      />
    </Card>
  );
}
