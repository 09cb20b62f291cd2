"use client";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiAccesses, apiResources, apiTokenCreateInput } from "@portal/validators";
import { latestApiTokenExpiry } from "@portal/domain";
import { Button, FormField, Input } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormError } from "@/components/forms/form-actions";

type Values = z.input<typeof apiTokenCreateInput>;
type Output = z.output<typeof apiTokenCreateInput>;

const dayMs = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A new token: name, scopes (read or write per resource) and its last day; the secret is then shown once. */
export function TokenForm({
  onDone,
  onCreated,
}: {
  onDone: () => void;
  onCreated: (secret: string, name: string) => void;
}) {
  const t = useTranslations("apiTokens");
  const tc = useTranslations("common");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The server decides in UTC days (packages/domain: apiTokenExpiryRefusal); the picker offers the same range.
  const today = isoDay(Date.now());
  const { register, handleSubmit, formState, setError } = useForm<Values, unknown, Output>({
    resolver: zodResolver(apiTokenCreateInput),
    defaultValues: { name: "", scopes: [], expiresOn: isoDay(Date.now() + 90 * dayMs) },
  });
  const create = useMutation(
    trpc.apiTokens.create.mutationOptions({
      onSuccess: async (r) => {
        await queryClient.invalidateQueries(trpc.apiTokens.pathFilter());
        onCreated(r.secret, r.token.name);
      },
      onError: (e) => applyServerError(e, setError),
    }),
  );
  return (
    <form noValidate className="space-y-4" onSubmit={handleSubmit((data) => create.mutate(data))}>
      <h2 className="font-semibold">{t("addTitle")}</h2>
      <FormError message={formState.errors.root?.server?.message} />
      <FormField
        id="api-token-name"
        label={t("name")}
        hint={t("nameHint")}
        required
        error={errorText(formState.errors.name?.message)}
      >
        {(aria) => <Input {...aria} autoComplete="off" {...register("name")} />}
      </FormField>
      <fieldset
        aria-describedby={formState.errors.scopes ? "api-token-scopes-error" : "api-token-scopes-hint"}
      >
        <legend className="mb-1 text-sm font-medium">{t("scopes")}</legend>
        <p id="api-token-scopes-hint" className="mb-2 text-sm text-muted">
          {t("scopesHint")}
        </p>
        <table className="text-sm">
          <thead>
            <tr>
              <th scope="col" className="pr-6 text-left font-medium">
                {t("resource")}
              </th>
              {apiAccesses.map((access) => (
                <th key={access} scope="col" className="px-3 font-medium">
                  {t(`access.${access}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {apiResources.map((resource) => (
              <tr key={resource}>
                <th scope="row" className="py-1 pr-6 text-left font-normal">
                  {t(`resources.${resource}`)}
                </th>
                {apiAccesses.map((access) => (
                  <td key={access} className="px-3 py-1 text-center">
                    <input
                      type="checkbox"
                      className="h-4 w-4"
                      value={`${resource}:${access}`}
                      aria-label={t("scopeLabel", {
                        resource: t(`resources.${resource}`),
                        access: t(`access.${access}`),
                      })}
                      {...register("scopes")}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {formState.errors.scopes ? (
          <p id="api-token-scopes-error" className="mt-1 text-sm text-red-700">
            {errorText(formState.errors.scopes.message)}
          </p>
        ) : null}
      </fieldset>
      <FormField
        id="api-token-expires"
        label={t("expiresOn")}
        hint={t("expiresOnHint")}
        required
        error={errorText(formState.errors.expiresOn?.message)}
      >
        {(aria) => (
          <Input
            {...aria}
            type="date"
            min={isoDay(Date.parse(today) + dayMs)}
            max={latestApiTokenExpiry(today)}
            {...register("expiresOn")}
          />
        )}
      </FormField>
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? tc("saving") : t("create")}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {tc("cancel")}
        </Button>
      </div>
    </form>
  );
}
