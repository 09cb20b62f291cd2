"use client";
import { useTranslations } from "next-intl";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useRequirementText } from "./requirement-text";
import { statusTone, type RequirementRow } from "./types";
import { useLevelLabel } from "@/i18n/enum-labels";

/**
 * Per requirement: the target, what the candidate declared and what the interviewers assessed (median,
 * spread, count), which of the two the score used, the status and the points it earned.
 */
export function RequirementTable({ rows }: { rows: RequirementRow[] }) {
  const t = useTranslations("applications");
  const levelLabel = useLevelLabel();
  const text = useRequirementText();
  if (rows.length === 0) return <p className="text-sm text-muted">{t("noRequirements")}</p>;
  return (
    <Table>
      <caption className="sr-only">{t("requirementsCaption")}</caption>
      <THead>
        <tr>
          <Th scope="col">{t("requirement")}</Th>
          <Th scope="col">{t("target")}</Th>
          <Th scope="col">{t("declared")}</Th>
          <Th scope="col">{t("assessed")}</Th>
          <Th scope="col">{t("status")}</Th>
          <Th scope="col" className="text-right">
            {t("points")}
          </Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Th scope="row" className="font-medium">
              {text.name(r)}
              {r.mustHave ? (
                <Badge tone="warning" className="ml-2">
                  {t("mustHave")}
                </Badge>
              ) : null}
              <span className="block text-xs font-normal text-muted">
                {t("weightShare", { share: r.share })}
              </span>
            </Th>
            <Td>{text.target(r)}</Td>
            <Td>
              {text.declared(r)}
              {r.usedSource === "declared" && r.kind !== "CRITERION" ? (
                <span className="block text-xs text-muted">{t("usedInScore")}</span>
              ) : null}
            </Td>
            <Td data-testid={`assessed-${r.id}`}>
              {r.assessed ? (
                <>
                  {/* The interview rating (1-5) and the expertise level it stands for (0-4) are two scales: each labelled. */}
                  <span className="block">{t("ratingOfFive", { median: r.assessed.median })}</span>
                  {r.assessedLevel !== null ? (
                    <span className="block">
                      {t("levelFromRating", { level: levelLabel(r.assessedLevel) })}
                    </span>
                  ) : null}
                  <span className="block text-xs text-muted">
                    {t("spread", {
                      spread: r.assessed.spread,
                      min: r.assessed.min,
                      max: r.assessed.max,
                      count: r.assessed.count,
                    })}
                  </span>
                  {r.usedSource === "assessed" ? (
                    <span className="block text-xs text-muted">{t("usedInScore")}</span>
                  ) : null}
                </>
              ) : (
                <span className="text-muted">{t("notAssessed")}</span>
              )}
            </Td>
            <Td>
              <Badge tone={statusTone[r.status]}>{t(`statuses.${r.status}`)}</Badge>
            </Td>
            <Td className="text-right tabular-nums">{r.points}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
