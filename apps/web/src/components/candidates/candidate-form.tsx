"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import type { z } from "zod";
import { candidateInput, cefrLevels } from "@portal/validators";
import { Alert, Button, Card, FormField, Input, Select, Textarea } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useApplyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormActions, FormError } from "@/components/forms/form-actions";

import type { CandidateFormValues } from "./form-values";
import { useLevelLabel } from "@/i18n/enum-labels";

type Output = z.output<typeof candidateInput>;

/** Create (optionally into a position's pipeline) or edit; languages, expertise and certifications are repeatable rows. */
export function CandidateForm({
  id,
  initial,
  onSaved,
  onCancel,
}: {
  id?: string;
  initial: CandidateFormValues;
  onSaved?: () => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("candidates");
  const levelLabel = useLevelLabel();
  const common = useTranslations("common");
  const errorText = useErrorText();
  const applyServerError = useApplyServerError();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [existing, setExisting] = useState<{ id: string; name: string } | null>(null);
  const segments = useQuery(trpc.segments.options.queryOptions());
  const options = useQuery({ ...trpc.candidates.filterOptions.queryOptions(), enabled: !id });
  const form = useForm<CandidateFormValues, unknown, Output>({
    resolver: zodResolver(candidateInput),
    defaultValues: initial,
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const languages = useFieldArray({ control, name: "languages" });
  const expertise = useFieldArray({ control, name: "expertise" });
  const certifications = useFieldArray({ control, name: "certifications" });

  const onError = async (e: unknown, email: string) => {
    applyServerError(e, setError);
    // A duplicate email: offer the existing candidate instead of a second record.
    if (e instanceof TRPCClientError && (e.data as { code?: string } | undefined)?.code === "CONFLICT")
      setExisting(
        await queryClient.fetchQuery(trpc.candidates.findByEmail.queryOptions({ email })).catch(() => null),
      );
  };
  const create = useMutation(
    trpc.candidates.create.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries(trpc.candidates.pathFilter());
        router.push(`/hiring/candidates/${result.candidate.id}?created=1`);
      },
      onError: (e, input) => void onError(e, input.email),
    }),
  );
  const update = useMutation(
    trpc.candidates.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.candidates.pathFilter());
        onSaved?.();
      },
      onError: (e, input) => void onError(e, input.data.email),
    }),
  );
  const saving = create.isPending || update.isPending;
  const err = (name: string) => {
    const parts = name.split(".");
    let node: unknown = formState.errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    return errorText((node as { message?: string } | undefined)?.message);
  };

  return (
    <Card className="max-w-3xl">
      <form
        noValidate
        className="space-y-6"
        onSubmit={handleSubmit((data) => {
          setExisting(null);
          if (id) {
            const { positionId: _, ...rest } = data;
            update.mutate({ id, data: rest });
          } else create.mutate(data);
        })}
      >
        <FormError message={formState.errors.root?.server?.message} />
        {existing ? (
          <Alert tone="warning">
            {t("duplicateEmail", { name: existing.name })}{" "}
            <Link className="font-medium underline" href={`/hiring/candidates/${existing.id}`}>
              {t("openExisting")}
            </Link>
          </Alert>
        ) : null}
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField id="name" label={t("name")} required error={err("name")}>
            {(aria) => <Input {...aria} autoComplete="off" {...register("name")} />}
          </FormField>
          <FormField id="email" label={t("email")} required error={err("email")}>
            {(aria) => <Input {...aria} type="email" autoComplete="off" {...register("email")} />}
          </FormField>
          <FormField id="phone" label={t("phone")} error={err("phone")}>
            {(aria) => <Input {...aria} type="tel" autoComplete="off" {...register("phone")} />}
          </FormField>
          <FormField
            id="years"
            label={t("yearsLong")}
            hint={t("yearsHint")}
            error={err("customerFacingYears")}
          >
            {(aria) => (
              <Input {...aria} type="number" min={0} max={60} step={1} {...register("customerFacingYears")} />
            )}
          </FormField>
          <FormField id="source" label={t("source")} hint={t("sourceHint")} error={err("source")}>
            {(aria) => <Input {...aria} autoComplete="off" {...register("source")} />}
          </FormField>
          {!id ? (
            <FormField id="positionId" label={t("applyTo")} hint={t("applyToHint")} error={err("positionId")}>
              {(aria) => (
                <Select {...aria} {...register("positionId")}>
                  <option value="">{t("noPositionYet")}</option>
                  {(options.data?.positions ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {t("positionOption", { title: p.title, department: p.department.name })}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
          ) : null}
        </div>

        <fieldset className="space-y-2">
          <legend className="text-base font-semibold">{t("languages")}</legend>
          {languages.fields.map((f, i) => (
            <div key={f.id} className="flex flex-wrap items-end gap-3">
              <FormField
                id={`languages-${i}-language`}
                label={t("languageCode")}
                error={err(`languages.${i}.language`)}
              >
                {(aria) => (
                  <Input {...aria} className="w-24" maxLength={2} {...register(`languages.${i}.language`)} />
                )}
              </FormField>
              <FormField id={`languages-${i}-cefr`} label={t("cefr")} error={err(`languages.${i}.cefr`)}>
                {(aria) => (
                  <Select {...aria} className="w-24" {...register(`languages.${i}.cefr`)}>
                    {cefrLevels.map((l) => (
                      <option key={l} value={l}>
                        {l}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => languages.remove(i)}
                aria-label={t("removeLanguage", { n: i + 1 })}
              >
                {t("remove")}
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            size="sm"
            onClick={() => languages.append({ language: "", cefr: "B2" })}
          >
            {t("addLanguage")}
          </Button>
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="text-base font-semibold">{t("expertise")}</legend>
          <p className="text-sm text-muted">{t("expertiseHint")}</p>
          {expertise.fields.map((f, i) => (
            <div key={f.id} className="flex flex-wrap items-end gap-3">
              <FormField
                id={`expertise-${i}-segment`}
                label={t("segment")}
                error={err(`expertise.${i}.segmentId`)}
              >
                {(aria) => (
                  <Select {...aria} className="w-64" {...register(`expertise.${i}.segmentId`)}>
                    <option value="">{t("chooseSegment")}</option>
                    {(segments.data ?? []).map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
              <FormField id={`expertise-${i}-level`} label={t("level")} error={err(`expertise.${i}.level`)}>
                {(aria) => (
                  <Select {...aria} className="w-48" {...register(`expertise.${i}.level`)}>
                    {[0, 1, 2, 3, 4].map((l) => (
                      <option key={l} value={l}>
                        {levelLabel(l)}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => expertise.remove(i)}
                aria-label={t("removeExpertise", { n: i + 1 })}
              >
                {t("remove")}
              </Button>
            </div>
          ))}
          <Button variant="secondary" size="sm" onClick={() => expertise.append({ segmentId: "", level: 2 })}>
            {t("addExpertise")}
          </Button>
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="text-base font-semibold">{t("certifications")}</legend>
          {certifications.fields.map((f, i) => (
            <div key={f.id} className="flex flex-wrap items-end gap-3">
              <FormField
                id={`certifications-${i}-name`}
                label={t("certificationName")}
                error={err(`certifications.${i}.name`)}
              >
                {(aria) => <Input {...aria} className="w-64" {...register(`certifications.${i}.name`)} />}
              </FormField>
              <FormField
                id={`certifications-${i}-expires`}
                label={t("expires")}
                error={err(`certifications.${i}.expiresAt`)}
              >
                {(aria) => (
                  <Input
                    {...aria}
                    type="date"
                    className="w-44"
                    {...register(`certifications.${i}.expiresAt`)}
                  />
                )}
              </FormField>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => certifications.remove(i)}
                aria-label={t("removeCertification", { n: i + 1 })}
              >
                {t("remove")}
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            size="sm"
            onClick={() => certifications.append({ name: "", expiresAt: "" })}
          >
            {t("addCertification")}
          </Button>
        </fieldset>

        <FormField id="notes" label={t("notes")} error={err("notes")}>
          {(aria) => <Textarea {...aria} rows={4} {...register("notes")} />}
        </FormField>
        {onCancel ? (
          <div className="flex gap-2 pt-2">
            <Button type="submit" disabled={saving}>
              {saving ? common("saving") : common("save")}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {common("cancel")}
            </Button>
          </div>
        ) : (
          <FormActions saving={saving} cancelHref="/hiring/candidates" submitLabel={t("create")} />
        )}
      </form>
    </Card>
  );
}
