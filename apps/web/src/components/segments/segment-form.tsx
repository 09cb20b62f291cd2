"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { genderFocuses, segmentInput, segmentKinds, socioeconomicLevels } from "@portal/validators";
import { Card, FormField, Input, Select, Textarea } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { applyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormActions, FormError } from "@/components/forms/form-actions";

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
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(segmentInput),
    defaultValues: initial ?? empty,
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const onDone = async (segment: { id: string }) => {
    await queryClient.invalidateQueries(trpc.segments.pathFilter());
    router.push(`/admin/segments/${segment.id}`);
  };
  const create = useMutation(
    trpc.segments.create.mutationOptions({
      onSuccess: onDone,
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const update = useMutation(
    trpc.segments.update.mutationOptions({
      onSuccess: onDone,
      onError: (e) => applyServerError(e, setError, "data."),
    }),
  );
  const saving = create.isPending || update.isPending;
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);

  return (
    <Card className="max-w-2xl">
      <form
        noValidate
        className="space-y-4"
        onSubmit={handleSubmit((data) => (id ? update.mutate({ id, data }) : create.mutate(data)))}
      >
        <FormError message={formState.errors.root?.server?.message} />
        <FormField id="name" label={t("name")} required error={err("name")}>
          {(aria) => <Input {...aria} {...register("name")} />}
        </FormField>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="kind" label={t("kind")} required error={err("kind")}>
            {(aria) => (
              <Select {...aria} {...register("kind")}>
                {segmentKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField
            id="bestCustomerPriority"
            label={t("priority")}
            hint={t("priorityHint")}
            error={err("bestCustomerPriority")}
          >
            {(aria) => (
              <Select {...aria} {...register("bestCustomerPriority")}>
                {[0, 1, 2, 3].map((p) => (
                  <option key={p} value={p}>
                    {t(`priorities.${p}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id="ageMin" label={t("ageMin")} error={err("ageMin")}>
            {(aria) => <Input {...aria} type="number" min={0} max={120} {...register("ageMin")} />}
          </FormField>
          <FormField id="ageMax" label={t("ageMax")} error={err("ageMax")}>
            {(aria) => <Input {...aria} type="number" min={0} max={120} {...register("ageMax")} />}
          </FormField>
          <FormField id="genderFocus" label={t("genderFocus")} error={err("genderFocus")}>
            {(aria) => (
              <Select {...aria} {...register("genderFocus")}>
                {genderFocuses.map((g) => (
                  <option key={g} value={g}>
                    {t(`genders.${g}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField
            id="socioeconomicLevel"
            label={t("socioeconomicLevel")}
            error={err("socioeconomicLevel")}
          >
            {(aria) => (
              <Select {...aria} {...register("socioeconomicLevel")}>
                {socioeconomicLevels.map((s) => (
                  <option key={s} value={s}>
                    {t(`socioeconomic.${s}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </div>
        <FormField id="buyingHabits" label={t("buyingHabits")} error={err("buyingHabits")}>
          {(aria) => <Textarea {...aria} rows={2} {...register("buyingHabits")} />}
        </FormField>
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
        <FormField id="description" label={t("descriptionLabel")} error={err("description")}>
          {(aria) => <Textarea {...aria} rows={3} {...register("description")} />}
        </FormField>
        <FormActions saving={saving} cancelHref={id ? `/admin/segments/${id}` : "/admin/segments"} />
      </form>
    </Card>
  );
}
