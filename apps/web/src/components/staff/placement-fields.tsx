"use client";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import type { UseFormRegisterReturn } from "react-hook-form";
import { staffStatuses } from "@portal/validators";
import { FormField, Input, Select } from "@portal/ui";
import { useTRPC } from "@/trpc/react";

type Field = "departmentId" | "positionId" | "startDate" | "status";

/**
 * Department, position (of that department), start date and status: shared by the create and edit forms.
 * Archived departments and positions are offered only when they are the person's current ones.
 */
export function PlacementFields({
  departmentId,
  current,
  fields,
  errors,
  onDepartmentChange,
}: {
  departmentId: string;
  current?: { departmentId: string; positionId: string | null };
  fields: Record<Field, UseFormRegisterReturn>;
  errors: Partial<Record<Field, string>>;
  onDepartmentChange: () => void;
}) {
  const t = useTranslations("staff");
  const trpc = useTRPC();
  const options = useQuery(trpc.staff.filterOptions.queryOptions());
  const departments = (options.data?.departments ?? []).filter(
    (d) => !d.archived || d.id === current?.departmentId,
  );
  const positions = (departments.find((d) => d.id === departmentId)?.positions ?? []).filter(
    (p) => !p.archived || p.id === current?.positionId,
  );
  const label = (name: string, archived: boolean) => (archived ? t("archivedSuffix", { name }) : name);
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <FormField id="departmentId" label={t("department")} required error={errors.departmentId}>
        {(aria) => (
          <Select
            {...aria}
            {...fields.departmentId}
            onChange={(e) => {
              void fields.departmentId.onChange(e);
              onDepartmentChange();
            }}
          >
            <option value="">{t("chooseDepartment")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {label(d.name, d.archived)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="positionId" label={t("position")} error={errors.positionId}>
        {(aria) => (
          <Select {...aria} {...fields.positionId}>
            <option value="">{t("noPosition")}</option>
            {positions.map((p) => (
              <option key={p.id} value={p.id}>
                {label(p.title, p.archived)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="startDate" label={t("startDate")} required error={errors.startDate}>
        {(aria) => <Input {...aria} type="date" {...fields.startDate} />}
      </FormField>
      <FormField id="status" label={t("status")} required error={errors.status}>
        {(aria) => (
          <Select {...aria} {...fields.status}>
            {staffStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
    </div>
  );
}
