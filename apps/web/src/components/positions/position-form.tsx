"use client";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { positionInput } from "@portal/validators";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { useErrorText } from "@/components/forms/use-form-errors";
import { InputRow, NumberRow, SelectRow, TextareaRow } from "@/components/forms/form-rows";
import { ResourceForm, useSaveResource } from "@/components/forms/resource-form";
import { QueryState } from "@/components/list/query-state";

type Values = z.input<typeof positionInput>;
type Output = z.output<typeof positionInput>;
type Option = { id: string; name: string };
type Props = { id?: string; initial?: Partial<Values>; currentDepartment?: Option };

/** The form mounts once the departments are there, so a preselected department shows as selected. */
export function PositionForm({ currentDepartment, ...props }: Props) {
  const trpc = useTRPC();
  const departments = useQuery(trpc.departments.options.queryOptions());
  const options = departments.data ?? [];
  const all =
    currentDepartment && !options.some((d) => d.id === currentDepartment.id)
      ? [currentDepartment, ...options]
      : options;
  return (
    <QueryState
      isPending={departments.isPending}
      error={departments.error}
      onRetry={() => void departments.refetch()}
    >
      <PositionFields {...props} departments={all} />
    </QueryState>
  );
}

function PositionFields({
  id,
  initial,
  departments,
}: Omit<Props, "currentDepartment"> & { departments: Option[] }) {
  const t = useTranslations("positions");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const departmentId = departments.some((d) => d.id === initial?.departmentId)
    ? (initial?.departmentId ?? "")
    : "";
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(positionInput),
    defaultValues: {
      title: initial?.title ?? "",
      departmentId,
      headcount: initial?.headcount ?? 1,
      description: initial?.description ?? "",
    },
  });
  const { register, handleSubmit, formState, setError } = form;
  const save = useSaveResource({
    id,
    setError,
    create: (data: Output) => client.positions.create.mutate(data),
    update: (id, data) => client.positions.update.mutate({ id, data }),
    refresh: () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.positions.pathFilter()),
        queryClient.invalidateQueries(trpc.departments.pathFilter()),
      ]),
    href: (savedId) => `/admin/positions/${savedId}`,
  });
  const err = (name: keyof Values) => errorText(formState.errors[name]?.message);

  return (
    <ResourceForm
      onSubmit={handleSubmit(save.submit)}
      serverError={formState.errors.root?.server?.message}
      saving={save.saving}
      cancelHref={id ? `/admin/positions/${id}` : "/admin/positions"}
    >
      <InputRow
        id="title"
        label={t("positionTitle")}
        required
        error={err("title")}
        autoComplete="off"
        {...register("title")}
      />
      <SelectRow
        id="departmentId"
        label={t("department")}
        required
        error={err("departmentId")}
        placeholder={t("chooseDepartment")}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        {...register("departmentId")}
      />
      <NumberRow
        id="headcount"
        label={t("headcount")}
        hint={t("headcountHint")}
        required
        error={err("headcount")}
        min={0}
        max={10000}
        {...register("headcount")}
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
