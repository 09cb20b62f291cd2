"use client";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { webhookCreateInput, webhookEventTypes } from "@portal/validators";
import { Button, FormField, Input } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";
import { EventTypeLabel } from "./labels";

type Values = z.input<typeof webhookCreateInput>;
type Output = z.output<typeof webhookCreateInput>;
type Existing = { id: string; url: string; description: string; events: string[]; active: boolean };

/** Add an endpoint (then its secret is shown once) or change one. */
export function EndpointForm({
  endpoint,
  onDone,
  onCreated,
}: {
  endpoint?: Existing;
  onDone: () => void;
  onCreated?: (secret: string, url: string) => void;
}) {
  const t = useTranslations("webhooks");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { register, handleSubmit, formState, setError } = useForm<Values, unknown, Output>({
    resolver: zodResolver(webhookCreateInput),
    defaultValues: endpoint
      ? {
          url: endpoint.url,
          description: endpoint.description,
          events: endpoint.events as Values["events"],
          active: endpoint.active,
        }
      : { url: "", description: "", events: [], active: true },
  });
  const refresh = () => queryClient.invalidateQueries(trpc.webhooks.pathFilter());
  const create = useMutation(
    trpc.webhooks.create.mutationOptions({
      onSuccess: async (r) => {
        await refresh();
        onCreated?.(r.secret, r.endpoint.url);
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const update = useMutation(
    trpc.webhooks.update.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone();
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const prefix = endpoint ? `webhook-${endpoint.id}` : "webhook-new";
  const saving = create.isPending || update.isPending;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={handleSubmit((data) =>
        endpoint ? update.mutate({ id: endpoint.id, ...data }) : create.mutate(data),
      )}
    >
      {endpoint ? null : <h2 className="font-semibold">{t("addTitle")}</h2>}
      <FormError message={formState.errors.root?.server?.message} />
      <FormField
        id={`${prefix}-url`}
        label={t("url")}
        hint={t("urlHint")}
        required
        error={errorText(formState.errors.url?.message)}
      >
        {(aria) => <Input {...aria} type="url" inputMode="url" autoComplete="off" {...register("url")} />}
      </FormField>
      <FormField
        id={`${prefix}-description`}
        label={t("descriptionLabel")}
        error={errorText(formState.errors.description?.message)}
      >
        {(aria) => <Input {...aria} {...register("description")} />}
      </FormField>
      <fieldset aria-describedby={formState.errors.events ? `${prefix}-events-error` : undefined}>
        <legend className="mb-2 text-sm font-medium">{t("events")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {webhookEventTypes.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="h-4 w-4" value={type} {...register("events")} />
              <EventTypeLabel type={type} />
            </label>
          ))}
        </div>
        {formState.errors.events ? (
          <p id={`${prefix}-events-error`} className="mt-1 text-sm text-red-700">
            {errorText(formState.errors.events.message)}
          </p>
        ) : null}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="h-4 w-4" {...register("active")} />
        {t("activeLabel")}
      </label>
      <div className="flex gap-2">
        <Button type="submit" disabled={saving}>
          {saving ? tc("saving") : endpoint ? tc("save") : t("add")}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {tc("cancel")}
        </Button>
      </div>
    </form>
  );
}
