"use client";
import { useLocale, useTranslations } from "next-intl";
import { languageName, useLevelLabel } from "@/i18n/enum-labels";
import { Badge } from "@portal/ui";
import { weightShares } from "@portal/domain";
import type { RequirementView } from "./types";

/** One requirement as a sentence, e.g. "Private customers: at least 3 · Specialist". */
export function useDescribeRequirement() {
  const t = useTranslations("profiles");
  const levelLabel = useLevelLabel();
  const locale = useLocale();
  return (r: RequirementView) => {
    switch (r.kind) {
      case "EXPERTISE":
        return t("describe.EXPERTISE", {
          segment: r.segmentName ?? "?",
          level: levelLabel(r.level ?? 0),
        });
      case "EXPERIENCE":
        return t("describe.EXPERIENCE", { years: r.years ?? 0 });
      case "LANGUAGE":
        return t("describe.LANGUAGE", {
          language: languageName(locale, r.language ?? ""),
          cefr: r.cefr ?? "",
        });
      case "CERTIFICATION":
        return t("describe.CERTIFICATION", { certification: r.certification ?? "" });
      case "CRITERION":
        return t("describe.CRITERION", { criterion: r.criterion ?? "", rating: r.rating ?? 0 });
    }
  };
}

/** Requirements as a readable list with weight and must-have badges. */
export function RequirementList({ requirements }: { requirements: RequirementView[] }) {
  const t = useTranslations("profiles");
  const describe = useDescribeRequirement();
  if (requirements.length === 0) return <p className="text-sm text-muted">{t("noRequirements")}</p>;
  const shares = weightShares(requirements.map((r) => r.weight));
  return (
    <ol className="space-y-2 text-sm">
      {requirements.map((r, i) => (
        <li key={r.id} className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-muted">{t(`kinds.${r.kind}`)}:</span>
          <span>{describe(r)}</span>
          <Badge tone="info">{t("weightShareBadge", { share: shares[i] ?? 0 })}</Badge>
          {r.mustHave ? <Badge tone="warning">{t("mustHaveBadge")}</Badge> : null}
          {r.segmentArchived ? <Badge>{t("archivedSegment")}</Badge> : null}
        </li>
      ))}
    </ol>
  );
}
