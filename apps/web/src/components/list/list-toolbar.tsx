"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { Input, Select } from "@portal/ui";

/** Search box with a short debounce (server-side search), plus slots for filters and actions. */
export function ListToolbar({
  search,
  onSearch,
  label,
  children,
}: {
  search: string;
  onSearch: (value: string) => void;
  label: string;
  children?: ReactNode;
}) {
  const t = useTranslations("common");
  const [value, setValue] = useState(search);
  useEffect(() => setValue(search), [search]);
  useEffect(() => {
    if (value === search) return;
    const id = setTimeout(() => onSearch(value), 300);
    return () => clearTimeout(id);
  }, [value, search, onSearch]);
  return (
    <div className="mb-4 flex flex-wrap items-end gap-3">
      <div className="w-full max-w-xs">
        <label htmlFor="list-search" className="mb-1 block text-sm font-medium">
          {label}
        </label>
        <Input
          id="list-search"
          type="search"
          value={value}
          placeholder={t("searchPlaceholder")}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      {children}
    </div>
  );
}

/** "Show archived" (or "inactive", "who left"): the list's `archived` URL parameter as a checkbox. */
export function ArchivedToggle({
  checked,
  onChange,
  label,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
}) {
  return (
    <label className="flex items-center gap-2 pb-2 text-sm">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** A labelled select that filters a list; `allLabel` is the empty choice that lifts the filter. */
export function FilterSelect({
  id,
  label,
  value,
  onChange,
  allLabel,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  allLabel?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {allLabel === undefined ? null : <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
