"use client";
import { useCallback } from "react";
import { useTranslations } from "next-intl";
import {
  staffCsvColumns,
  staffStatuses,
  type StaffCsvAliases,
  type StaffCsvColumn,
} from "@portal/validators";
import { useEnumLabel } from "@/i18n/enum-labels";

const headerKeys = {
  email: "email",
  name: "name",
  department: "department",
  position: "position",
  start_date: "startDate",
  status: "status",
} as const satisfies Record<StaffCsvColumn, string>;

/**
 * The staff CSV in the reader's language: the export writes these headers and status labels, and the import
 * sends them as aliases, so a file exported in Swedish imports back in Swedish (the codes are always read too).
 */
export function useStaffCsvWords() {
  const t = useTranslations("staff");
  const label = useEnumLabel();
  const header = useCallback((c: StaffCsvColumn) => t(headerKeys[c]), [t]);
  const expertiseHeader = useCallback((segment: string) => t("csvExpertiseColumn", { segment }), [t]);
  const aliases = useCallback((): StaffCsvAliases => {
    // The words before the segment's name, as the export writes them.
    const marker = "\u0000";
    const prefix = t("csvExpertiseColumn", { segment: marker }).split(marker)[0] ?? "";
    return {
      columns: Object.fromEntries(staffCsvColumns.map((c) => [header(c).trim().toLowerCase(), c])),
      expertisePrefix: prefix.trim().toLowerCase(),
      statuses: Object.fromEntries(
        staffStatuses.map((s) => [label("StaffStatus", s).trim().toLowerCase(), s]),
      ),
    };
  }, [t, header, label]);
  return { header, expertiseHeader, statusLabel: (s: string) => label("StaffStatus", s), aliases };
}
