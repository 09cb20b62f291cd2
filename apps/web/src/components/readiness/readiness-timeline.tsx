"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { languageName, useEnumLabel, useLevelLabel } from "@/i18n/enum-labels";
import type { TimelineEvent } from "./types";

/** Everything on the person's way to readiness, newest first. */
export function ReadinessTimeline({ staffMemberId }: { staffMemberId: string }) {
  const t = useTranslations("readiness.timeline");
  const levelLabel = useLevelLabel();
  const label = useEnumLabel();
  const common = useTranslations("common");
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery(trpc.readiness.timeline.queryOptions({ staffMemberId }));
  const describe = (e: TimelineEvent) => {
    switch (e.kind) {
      case "started":
        return t("started", { department: e.department, position: e.position ?? "none" });
      case "hired":
        return t("hired", { position: e.position });
      case "scorecard":
        return t("scorecard", { interviewer: e.interviewer });
      case "enrolled":
        return t("enrolled", { course: e.course, manual: String(e.manual) });
      case "attempt":
        return t("attempt", {
          passed: String(e.passed),
          quiz: e.quiz,
          course: e.course,
          correct: e.correct,
          total: e.total,
        });
      case "certificate":
        return t("certificate", {
          course: e.course,
          expires: e.expiresAt ? format.dateTime(e.expiresAt, { dateStyle: "medium" }) : "none",
        });
      case "expertise":
        return t("expertise", {
          segment: e.segment,
          from: levelLabel(e.from ?? 0),
          to: levelLabel(e.to),
          source: label("ExpertiseSource", e.source),
          by: e.by ?? "none",
        });
      case "assessment":
        return t("assessment", {
          subject:
            e.assessedKind === "LANGUAGE"
              ? languageName(locale, e.subject)
              : e.subject || label("RequirementKind", e.assessedKind),
          assessment:
            e.assessedKind === "CERTIFICATION" ? common(e.assessment === "1" ? "yes" : "no") : e.assessment,
          by: e.by ?? "none",
        });
      case "signOff":
        return t("signOff", {
          override: String(e.override),
          by: e.by ?? "none",
          comment: e.comment || "none",
        });
      case "revoked":
        return t("revoked", { by: e.by ?? "none", reason: e.reason });
    }
  };
  return (
    <section aria-labelledby="timeline-title" className="space-y-2">
      <h2 id="timeline-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {query.data?.length === 0 ? <p className="text-sm text-muted">{t("empty")}</p> : null}
        <ol className="space-y-1 border-l-2 border-gray-200 pl-4 text-sm">
          {query.data?.map((e, i) => (
            <li key={`${e.kind}-${i}`} data-kind={e.kind}>
              <time dateTime={new Date(e.at).toISOString()} className="mr-2 tabular-nums text-muted">
                {format.dateTime(e.at, { dateStyle: "medium" })}
              </time>
              {describe(e)}
            </li>
          ))}
        </ol>
      </QueryState>
    </section>
  );
}
