"use client";
import { useTranslations } from "next-intl";

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const show = (v: unknown) =>
  v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v);
// Bookkeeping fields change on every write and would drown the real change.
const ignored = new Set(["updatedAt", "createdAt"]);

/** Only the fields that changed, as "field: before → after". */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const t = useTranslations("audit");
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !ignored.has(k) && show(b[k]) !== show(a[k]),
  );
  if (keys.length === 0) return <span className="text-muted">{t("noFieldChanges")}</span>;
  return (
    <details>
      <summary className="cursor-pointer text-sm">{t("fieldsChanged", { count: keys.length })}</summary>
      <ul className="mt-1 space-y-0.5 text-xs">
        {keys.map((k) => (
          <li key={k}>
            <span className="font-medium">{k}</span>: {k in b ? show(b[k]) : "—"} →{" "}
            {k in a ? show(a[k]) : "—"}
          </li>
        ))}
      </ul>
    </details>
  );
}
