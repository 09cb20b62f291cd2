"use client";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { departmentInput } from "@portal/validators";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { useErrorText } from "@/components/forms/use-form-errors";
import { InputRow, NumberRow, SelectRow } from "@/components/forms/form-rows";
import { ResourceForm, useSaveResource } from "@/components/forms/resource-form";
import { QueryState } from "@/components/list/query-state";
import { useLevelLabel } from "@/i18n/enum-labels";

type Values = z.input<typeof departmentInput>;
type Output = z.output<typeof departmentInput>;
type Option = { id: string; name: string };
type Props = { id?: string; initial?: Partial<Values>; current?: { segment: Option; head: Option | null } };

/** Keeps the current choice selectable even when it is no longer offered (archived segment, deactivated head). */
const withCurrent = (options: Option[] | undefined, current: Option | null | undefined) =>
  current && !(options ?? []).some((o) => o.id === current.id)
    ? [current, ...(options ?? [])]
    : (options ?? []);

/** The form mounts once the select options are there, so a preselected value shows as selected. */
export function DepartmentForm({ current, ...props }: Props) {
  const trpc = useTRPC();
  const segments = useQuery(trpc.segments.options.queryOptions());
  const heads = useQuery(trpc.departments.headOptions.queryOptions());
  return (
    <QueryState isPending={segments.isPending || heads.isPending} error={segments.error ?? heads.error}>
      <DepartmentFields
        {...props}
        segments={withCurrent(segments.data, current?.segment)}
        heads={withCurrent(heads.data, current?.head)}
      />
    </QueryState>
  );
}

function DepartmentFields({
  id,
  initial,
  segments,
  heads,
}: Omit<Props, "current"> & { segments: Option[]; heads: Option[] }) {
  const t = useTranslations("departments");
  const levelLabel = useLevelLabel();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const known = (value: unknown, options: Option[]) =>
    typeof value === "string" && options.some((o) => o.id === value) ? value : "";
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(departmentInput),
    defaultValues: {
      name: initial?.name ?? "",
      segmentId: known(initial?.segmentId, segments),
      headId: known(initial?.headId, heads),
      targetHeadcount: initial?.targetHeadcount ?? 0,
      requiredLevel: initial?.requiredLevel ?? 2,
    },
  });
  const { register, handleSubmit, formState, setError } = form;
  const save = useSaveResource({
    id,
    setError,
    create: (data: Output) => client.departments.create.mutate(data),
    update: (id, data) => client.departments.update.mutate({ id, data }),
    refresh: () => queryClient.invalidateQueries(trpc.departments.pathFilter()),
    href: (savedId) => `/admin/departments/${savedId}`,
  });
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);
  const asOptions = (options: Option[]) => options.map((o) => ({ value: o.id, label: o.name }));

  return (
    <ResourceForm
      onSubmit={handleSubmit(save.submit)}
      serverError={formState.errors.root?.server?.message}
      saving={save.saving}
      cancelHref={id ? `/admin/departments/${id}` : "/admin/departments"}
    >
      <InputRow
        id="name"
        label={t("name")}
        required
        error={err("name")}
        autoComplete="off"
        {...register("name")}
      />
      <SelectRow
        id="segmentId"
        label={t("segment")}
        required
        error={err("segmentId")}
        placeholder={t("chooseSegment")}
        options={asOptions(segments)}
        {...register("segmentId")}
      />
      <SelectRow
        id="headId"
        label={t("head")}
        hint={t("headHint")}
        error={err("headId")}
        placeholder={t("noHeadOption")}
        options={asOptions(heads)}
        {...register("headId")}
      />
      <NumberRow
        id="targetHeadcount"
        label={t("targetHeadcount")}
        required
        error={err("targetHeadcount")}
        min={0}
        max={10000}
        {...register("targetHeadcount")}
      />
      <SelectRow
        id="requiredLevel"
        label={t("requiredLevel")}
        hint={t("requiredLevelHint")}
        required
        error={err("requiredLevel")}
        options={[1, 2, 3, 4].map((level) => ({ value: level, label: levelLabel(level) }))}
        {...register("requiredLevel")}
      />
    </ResourceForm>
  );
}
