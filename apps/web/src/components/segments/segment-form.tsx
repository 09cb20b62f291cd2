"use client";
import { useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { genderFocuses, segmentInput, segmentKinds, socioeconomicLevels } from "@portal/validators";
import { FormField, Input } from "@portal/ui";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { useErrorText } from "@/components/forms/use-form-errors";
import { segmentPriorities } from "@/i18n/enum-labels";
import { InputRow, SelectRow, TextareaRow } from "@/components/forms/form-rows";
import { ResourceForm, useSaveResource } from "@/components/forms/resource-form";

type Values = z.input<typeof segmentInput>;
type Output = z.output<typeof segmentInput>;

const empty: Values = {
  name: "",
  kind: "INDIVIDUALS",
  ageMin: null,
  ageMax: null,
  genderFocus: "ANY",
  buyingHabits: "",
  socioeconomicLevel: "ANY",
  tags: [],
  bestCustomerPriority: 0,
  description: "",
};

export function SegmentForm({ id, initial }: { id?: string; initial?: Values }) {
  const t = useTranslations("segments");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(segmentInput),
    defaultValues: initial ?? empty,
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const save = useSaveResource({
    id,
    setError,
    create: (data: Output) => client.segments.create.mutate(data),
    update: (id, data) => client.segments.update.mutate({ id, data }),
    refresh: () => queryClient.invalidateQueries(trpc.segments.pathFilter()),
    href: (savedId) => `/admin/segments/${savedId}`,
  });
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);
  const choices = <T extends string | number>(values: readonly T[], label: (value: T) => string) =>
    values.map((value) => ({ value, label: label(value) }));

  return (
    <ResourceForm
      onSubmit={handleSubmit(save.submit)}
      serverError={formState.errors.root?.server?.message}
      saving={save.saving}
      cancelHref={id ? `/admin/segments/${id}` : "/admin/segments"}
    >
      <InputRow id="name" label={t("name")} required error={err("name")} {...register("name")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectRow
          id="kind"
          label={t("kind")}
          required
          error={err("kind")}
          options={choices(segmentKinds, (k) => t(`kinds.${k}`))}
          {...register("kind")}
        />
        <SelectRow
          id="bestCustomerPriority"
          label={t("priority")}
          hint={t("priorityHint")}
          error={err("bestCustomerPriority")}
          options={choices(segmentPriorities, (p) => t(`priorities.${p}`))}
          {...register("bestCustomerPriority")}
        />
        <InputRow
          id="ageMin"
          label={t("ageMin")}
          error={err("ageMin")}
          type="number"
          min={0}
          max={120}
          {...register("ageMin")}
        />
        <InputRow
          id="ageMax"
          label={t("ageMax")}
          error={err("ageMax")}
          type="number"
          min={0}
          max={120}
          {...register("ageMax")}
        />
        <SelectRow
          id="genderFocus"
          label={t("genderFocus")}
          error={err("genderFocus")}
          options={choices(genderFocuses, (g) => t(`genders.${g}`))}
          {...register("genderFocus")}
        />
        <SelectRow
          id="socioeconomicLevel"
          label={t("socioeconomicLevel")}
          error={err("socioeconomicLevel")}
          options={choices(socioeconomicLevels, (l) => t(`socioeconomic.${l}`))}
          {...register("socioeconomicLevel")}
        />
      </div>
      <TextareaRow
        id="buyingHabits"
        label={t("buyingHabits")}
        error={err("buyingHabits")}
        rows={2}
        {...register("buyingHabits")}
      />
      <Controller
        control={control}
        name="tags"
        render={({ field, fieldState }) => (
          <FormField
            id="tags"
            label={t("tags")}
            hint={t("tagsHint")}
            error={errorText(fieldState.error?.message)}
          >
            {(aria) => (
              <Input
                {...aria}
                defaultValue={(field.value ?? []).join(", ")}
                onBlur={field.onBlur}
                onChange={(e) =>
                  field.onChange(
                    e.target.value
                      .split(",")
                      .map((s) => s.trim())
                      .filter(Boolean),
                  )
                }
              />
            )}
          </FormField>
        )}
      />
      <TextareaRow
        id="description"
        label={t("descriptionLabel")}
        error={err("description")}
        rows={3}
        {...register("description")}
      />
    </ResourceForm>
  );
}
