"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { positionInput } from "@portal/validators";
import { Card, FormField, Input, Select, Textarea } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { applyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormActions, FormError } from "@/components/forms/form-actions";
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
  const router = useRouter();
  const trpc = useTRPC();
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
  const onDone = async (position: { id: string }) => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.positions.pathFilter()),
      queryClient.invalidateQueries(trpc.departments.pathFilter()),
    ]);
    router.push(`/admin/positions/${position.id}`);
  };
  const create = useMutation(
    trpc.positions.create.mutationOptions({
      onSuccess: onDone,
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const update = useMutation(
    trpc.positions.update.mutationOptions({
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
        <FormField id="title" label={t("positionTitle")} required error={err("title")}>
          {(aria) => <Input {...aria} autoComplete="off" {...register("title")} />}
        </FormField>
        <FormField id="departmentId" label={t("department")} required error={err("departmentId")}>
          {(aria) => (
            <Select {...aria} {...register("departmentId")}>
              <option value="">{t("chooseDepartment")}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField
          id="headcount"
          label={t("headcount")}
          hint={t("headcountHint")}
          required
          error={err("headcount")}
        >
          {(aria) => (
            <Input
              {...aria}
              type="number"
              min={0}
              max={10000}
              inputMode="numeric"
              {...register("headcount")}
            />
          )}
        </FormField>
        <FormField id="description" label={t("descriptionLabel")} error={err("description")}>
          {(aria) => <Textarea {...aria} rows={3} {...register("description")} />}
        </FormField>
        <FormActions saving={saving} cancelHref={id ? `/admin/positions/${id}` : "/admin/positions"} />
      </form>
    </Card>
  );
}
