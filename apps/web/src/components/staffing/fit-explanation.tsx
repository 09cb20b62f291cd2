"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@portal/ui";
import type { FitResult, RequirementStatus } from "@portal/domain";
import { useLevelLabel } from "@/i18n/enum-labels";

const tone: Record<RequirementStatus, "success" | "warning" | "danger"> = {
  met: "success",
  partial: "warning",
  missing: "danger",
};

/** Every point of a fit score, requirement by requirement: the answer to "why this score?". */
export function FitExplanation({
  fit,
  segmentNames,
}: {
  fit: FitResult;
  segmentNames: Record<string, string>;
}) {
  const t = useTranslations("staffing");
  const levelLabel = useLevelLabel();
  return (
    <div className="space-y-1 text-sm">
      <p>
        <span className="font-medium">{t("score", { score: fit.score })}</span>{" "}
        {fit.eligible ? (
          <Badge tone="success">{t("eligible")}</Badge>
        ) : (
          <Badge tone="danger">{t("notEligible")}</Badge>
        )}
      </p>
      <ul className="space-y-1">
        {fit.requirements.map((r, i) => (
          <li key={i} className="flex flex-wrap items-center gap-2">
            <Badge tone={tone[r.status]}>{t(`status.${r.status}`)}</Badge>
            <span>
              {r.requirement.kind === "expertise"
                ? t("expertiseRequirement", {
                    segment: segmentNames[r.requirement.segmentId] ?? r.requirement.segmentId,
                    actual: levelLabel(typeof r.actual === "number" ? r.actual : 0),
                    target: levelLabel(r.requirement.level),
                  })
                : t("otherRequirement", { kind: r.requirement.kind })}
              {r.requirement.mustHave ? ` (${t("mustHave")})` : ""}
            </span>
            <span className="text-muted">{t("pointsOfShare", { points: r.points, share: r.share })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
