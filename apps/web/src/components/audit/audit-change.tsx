"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import {
  isMessageKey,
  languageName,
  useEnumLabel,
  useLevelLabel,
  type LabelledEnum,
} from "@/i18n/enum-labels";

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
// Bookkeeping fields change on every write and would drown the real change; ids say nothing to a reader (the
// event's name says what it is about).
const ignored = new Set(["updatedAt", "createdAt", "id", "version"]);
const isIdField = (key: string) => key === "id" || /Ids?$/.test(key);
const isoDate = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/**
 * Fields whose values are enum values, with the enums that may label them, tried in order: a field name such as
 * `kind` means a segment's kind on a segment and a requirement's kind inside a hiring profile.
 */
const enumFields: Record<string, readonly LabelledEnum[]> = {
  role: ["Role"],
  kind: ["SegmentKind", "RequirementKind", "CourseItemKind", "FeedbackKind"],
  genderFocus: ["GenderFocus"],
  socioeconomicLevel: ["SocioeconomicLevel"],
  status: ["StaffStatus", "ReadinessStatus", "StaffingJobStatus", "StoryStatus", "FeedbackStatus"],
  staffStatus: ["StaffStatus"],
  source: ["ExpertiseSource", "EnrolmentSource"],
  stage: ["CandidateStage"],
  feedbackAfterFail: ["QuizFeedback"],
  feedbackAfterPass: ["QuizFeedback"],
};
/** A value written as a code (ACTIVE, NOT_STARTED): shown through whichever enum has a label for it. */
const isCode = (value: string) => /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(value) && value.length > 2;
const allEnums = Object.values(enumFields).flat();

/** Only the fields that changed, each as "Label: before → after" in words. */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const t = useTranslations("audit");
  const fields = useTranslations("audit.fields");
  const common = useTranslations("common");
  const levelLabel = useLevelLabel();
  const label = useEnumLabel();
  const format = useFormatter();
  const locale = useLocale();
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !ignored.has(k) && !isIdField(k) && !same(b[k], a[k]),
  );
  const fieldLabel = (key: string) =>
    isMessageKey(fields, key)
      ? fields(key)
      : // A field without a label yet reads as words ("dueDays" -> "due days"), never as a code.
        key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return value ? common("yes") : common("no");
    if (typeof value === "number")
      return key === "level" || key === "requiredLevel" ? levelLabel(value) : format.number(value);
    if (typeof value === "string") {
      for (const name of enumFields[key] ?? (isCode(value) ? allEnums : [])) {
        const words = label(name, value);
        if (words !== value) return words;
      }
      if (key === "locale" || key === "language") return languageName(locale, value);
      if (isoDate.test(value)) return format.dateTime(new Date(value), { dateStyle: "medium" });
      return value;
    }
    if (Array.isArray(value)) return value.map((v) => show(key, v)).join(", ");
    return Object.entries(value as JsonObject)
      .filter(([k]) => !isIdField(k))
      .map(([k, v]) => `${fieldLabel(k)}: ${show(k, v)}`)
      .join("; ");
  };
  if (keys.length === 0) return <span className="text-muted">{t("noFieldChanges")}</span>;
  return (
    <details>
      <summary className="cursor-pointer text-sm">{t("fieldsChanged", { count: keys.length })}</summary>
      <ul className="mt-1 space-y-0.5 text-xs">
        {keys.map((k) => (
          <li key={k}>
            <span className="font-medium">{fieldLabel(k)}</span>: {k in b ? show(k, b[k]) : "—"} →{" "}
            {k in a ? show(k, a[k]) : "—"}
          </li>
        ))}
      </ul>
    </details>
  );
}
