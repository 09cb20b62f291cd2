"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { retentionMonthsInput } from "@portal/validators";
import { Alert, Button, Card, FormField, Input } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";

type Values = z.input<typeof retentionMonthsInput>;
type Output = z.output<typeof retentionMonthsInput>;

function RetentionForm({ months }: { months: number }) {
  const t = useTranslations("privacy");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<number | null>(null);
  const { register, handleSubmit, formState, setError } = useForm<Values, unknown, Output>({
    resolver: zodResolver(retentionMonthsInput),
    defaultValues: { months },
  });
  const save = useMutation(
    trpc.privacy.setRetention.mutationOptions({
      onMutate: () => setSaved(null),
      onSuccess: async (r) => {
        setSaved(r.months);
        await queryClient.invalidateQueries(trpc.privacy.pathFilter());
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  return (
    <form
      noValidate
      className="mt-4 flex flex-wrap items-end gap-3"
      onSubmit={handleSubmit((data) => save.mutate(data))}
    >
      <FormError message={formState.errors.root?.server?.message} />
      <div className="w-40">
        <FormField
          id="months"
          label={t("months")}
          required
          error={errorText(formState.errors.months?.message)}
        >
          {(aria) => <Input {...aria} type="number" min={1} max={120} {...register("months")} />}
        </FormField>
      </div>
      <Button type="submit" disabled={save.isPending}>
        {t("saveRetention")}
      </Button>
      {saved !== null ? (
        <Alert tone="success" className="w-full">
          {t("retentionSaved", { months: saved })}
        </Alert>
      ) : null}
    </form>
  );
}

/** The retention period: everyone here reads it, only ADMIN changes it. */
export function RetentionSettings({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("privacy");
  const trpc = useTRPC();
  const query = useQuery(trpc.privacy.retention.queryOptions());
  return (
    <Card>
      <h2 className="mb-2 font-semibold">{t("retentionTitle")}</h2>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {query.data ? (
          <>
            <p className="text-sm" data-testid="retention-months">
              {t("retentionBody", { months: query.data.months })}
            </p>
            {canEdit ? <RetentionForm months={query.data.months} /> : null}
          </>
        ) : null}
      </QueryState>
    </Card>
  );
}
