"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";

/** To a segment's feedback over time (the segment page and the coverage page link here). */
export function InsightLink({ segmentId, segment }: { segmentId: string; segment: string }) {
  const t = useTranslations("feedback");
  return (
    <Link
      href={`/feedback/insight?segment=${encodeURIComponent(segmentId)}`}
      className="text-sm text-brand-700 underline"
    >
      {t("insight.linkFor", { segment })}
    </Link>
  );
}
