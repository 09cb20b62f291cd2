"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Input } from "@portal/ui";

type Option = { id: string; label: string };

/**
 * A multi-select built from native checkboxes in a fieldset: Tab reaches it, Space toggles, a filter box
 * narrows long lists. Chosen options stay listed first so the current choice is always visible.
 */
export function TagPicker({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: Option[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("courses");
  const id = useId();
  const [filter, setFilter] = useState("");
  const chosen = new Set(value);
  const shown = options
    .filter((o) => chosen.has(o.id) || o.label.toLowerCase().includes(filter.trim().toLowerCase()))
    .sort((a, b) => Number(chosen.has(b.id)) - Number(chosen.has(a.id)));
  const toggle = (optionId: string, on: boolean) =>
    onChange(on ? [...value, optionId] : value.filter((v) => v !== optionId));
  return (
    <fieldset className="rounded-md border border-gray-200 p-3">
      <legend className="px-1 text-sm font-medium">
        {legend} <span className="font-normal text-muted">({t("chosenCount", { count: value.length })})</span>
      </legend>
      {options.length > 8 ? (
        <div className="mb-2">
          <label htmlFor={`${id}-filter`} className="sr-only">
            {t("filterOptions", { name: legend })}
          </label>
          <Input
            id={`${id}-filter`}
            type="search"
            placeholder={t("filterOptions", { name: legend })}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      ) : null}
      {options.length === 0 ? <p className="text-sm text-muted">{t("noOptions")}</p> : null}
      <ul className="max-h-48 space-y-1 overflow-y-auto">
        {shown.map((o) => (
          <li key={o.id}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={chosen.has(o.id)}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
