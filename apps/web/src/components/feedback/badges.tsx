"use client";
import { useTranslations } from "next-intl";
import type { FeedbackKindValue, FeedbackStatusValue } from "@portal/validators";
import { Badge } from "@portal/ui";

const kindTone = {
  NEED: "info",
  COMPLAINT: "danger",
  SUGGESTION: "neutral",
  PRAISE: "success",
  COMPETITOR: "warning",
} as const satisfies Record<FeedbackKindValue, string>;

const statusTone = {
  NEW: "warning",
  ACKNOWLEDGED: "info",
  PLANNED: "info",
  DONE: "success",
  WONT_DO: "neutral",
} as const satisfies Record<FeedbackStatusValue, string>;

/** The kind in words (colour only repeats it). */
export function KindBadge({ kind }: { kind: FeedbackKindValue }) {
  const t = useTranslations("feedback");
  return <Badge tone={kindTone[kind]}>{t(`kinds.${kind}`)}</Badge>;
}

/** The status in words. */
export function StatusBadge({ status }: { status: FeedbackStatusValue }) {
  const t = useTranslations("feedback");
  return <Badge tone={statusTone[status]}>{t(`statuses.${status}`)}</Badge>;
}
