"use client";
import { useTranslations } from "next-intl";
import { Badge, cn } from "@portal/ui";
import { cellLook } from "./types";

/** What the icons, outlines and badges of the matrix mean. */
export function MatrixLegend() {
  const t = useTranslations("readiness");
  const items = [
    ["met", t("legendMet")],
    ["partial", t("legendPartial")],
    ["missing", t("legendMissing")],
  ] as const;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-gray-700">
      <h2 className="text-sm font-semibold">{t("legend")}</h2>
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
        {items.map(([status, label]) => {
          const { Icon, className } = cellLook[status];
          return (
            <li key={status} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className={cn(
                  "inline-flex h-6 w-6 items-center justify-center rounded font-semibold",
                  className,
                )}
              >
                <Icon aria-hidden="true" className="size-4" />
              </span>
              {label}
            </li>
          );
        })}
        <li className="flex items-center gap-2">
          <span
            aria-hidden="true"
            className="inline-block h-6 w-6 rounded ring-2 ring-inset ring-gray-900/60"
          />
          {t("legendBlocking")}
        </li>
        <li className="flex items-center gap-2">
          <Badge tone="danger">{t("override")}</Badge>
          {t("legendOverride")}
        </li>
      </ul>
    </div>
  );
}
