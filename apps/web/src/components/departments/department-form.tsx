"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { departmentInput } from "@portal/validators";
import { Card, FormField, Input, Select } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { applyServerError, useErrorText } from "@/components/forms/use-form-errors";
import { FormActions, FormError } from "@/components/forms/form-actions";
import { QueryState } from "@/components/list/query-state";

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
  const staffT = useTranslations("staff");
  const levelName = (level: number) => staffT(`levels.${level}`);
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
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
  const onDone = async (department: { id: string }) => {
    await queryClient.invalidateQueries(trpc.departments.pathFilter());
    router.push(`/admin/departments/${department.id}`);
  };
  const create = useMutation(
    trpc.departments.create.mutationOptions({
      onSuccess: onDone,
      onError: (e) => applyServerError(e, setError),
    }),
  );
  const update = useMutation(
    trpc.departments.update.mutationOptions({
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
          {(aria) => <Input {...aria} autoComplete="off" {...register("name")} />}
        </FormField>
        <FormField id="segmentId" label={t("segment")} required error={err("segmentId")}>
          {(aria) => (
            <Select {...aria} {...register("segmentId")}>
              <option value="">{t("chooseSegment")}</option>
              {segments.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="headId" label={t("head")} hint={t("headHint")} error={err("headId")}>
          {(aria) => (
            <Select {...aria} {...register("headId")}>
              <option value="">{t("noHeadOption")}</option>
              {heads.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.name}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="targetHeadcount" label={t("targetHeadcount")} required error={err("targetHeadcount")}>
          {(aria) => (
            <Input
              {...aria}
              type="number"
              min={0}
              max={10000}
              inputMode="numeric"
              {...register("targetHeadcount")}
            />
          )}
        </FormField>
        <FormField
          id="requiredLevel"
          label={t("requiredLevel")}
          hint={t("requiredLevelHint")}
          required
          error={err("requiredLevel")}
        >
          {(aria) => (
            <Select {...aria} {...register("requiredLevel")}>
              {[1, 2, 3, 4].map((level) => (
                <option key={level} value={level}>
                  {levelName(level)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormActions saving={saving} cancelHref={id ? `/admin/departments/${id}` : "/admin/departments"} />
      </form>
    </Card>
  );
}
