"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Input, Select } from "@portal/ui";

type Option = { id: string; name: string };

/**
 * The department under review. With many departments (HR, admins) a filter box narrows the list first: a native
 * select stays keyboard and screen-reader friendly where a custom combobox would need its own ARIA pattern.
 */
export function DepartmentPicker({
  options,
  value,
  onChange,
}: {
  options: Option[];
  value: string;
  onChange: (id: string) => void;
}) {
  const t = useTranslations("readiness");
  const [search, setSearch] = useState("");
  const needle = search.trim().toLowerCase();
  const shown = needle
    ? options.filter((o) => o.name.toLowerCase().includes(needle) || o.id === value)
    : options;
  if (options.length === 1) return null; // a head of one department has nothing to choose
  return (
    <div className="flex flex-wrap items-end gap-3">
      {options.length > 8 ? (
        <div>
          <label htmlFor="readiness-department-search" className="mb-1 block text-sm font-medium">
            {t("filterDepartments")}
          </label>
          <Input
            id="readiness-department-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            aria-describedby="readiness-department-count"
          />
          <p id="readiness-department-count" className="sr-only" aria-live="polite">
            {shown.length === 0 ? t("noDepartmentMatch", { search }) : `${shown.length} / ${options.length}`}
          </p>
        </div>
      ) : null}
      <div>
        <label htmlFor="readiness-department" className="mb-1 block text-sm font-medium">
          {t("department")}
        </label>
        <Select id="readiness-department" value={value} onChange={(e) => onChange(e.target.value)}>
          {value ? null : <option value="">{t("chooseDepartment")}</option>}
          {shown.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
