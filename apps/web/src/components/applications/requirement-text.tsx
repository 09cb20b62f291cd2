"use client";
import { useLocale, useTranslations } from "next-intl";
import { languageName, useLevelLabel } from "@/i18n/enum-labels";
import type { RequirementRow } from "./types";

/** What a requirement asks for, in words ("Private individuals at 3 · Specialist", "2 years", "sv at B2"). */
export function useRequirementText() {
  const t = useTranslations("applications");
  const levelLabel = useLevelLabel();
  const locale = useLocale();
  const name = (r: RequirementRow) => {
    switch (r.target.kind) {
      case "EXPERTISE":
        return t("req.expertise", { segment: r.target.segmentName });
      case "EXPERIENCE":
        return t("req.experience");
      case "LANGUAGE":
        return t("req.language", { language: languageName(locale, r.target.language) });
      case "CERTIFICATION":
        return r.target.certification;
      case "CRITERION":
        return r.target.criterion;
    }
  };
  const target = (r: RequirementRow) => {
    switch (r.target.kind) {
      case "EXPERTISE":
        return levelLabel(r.target.level);
      case "EXPERIENCE":
        return t("years", { count: r.target.years });
      case "LANGUAGE":
        return r.target.cefr;
      case "CERTIFICATION":
        return t("valid");
      case "CRITERION":
        return t("ratingOf", { rating: r.target.rating });
    }
  };
  const declared = (r: RequirementRow) => {
    if (r.kind === "CRITERION") return t("notDeclarable");
    if (r.declared === null) return t("none");
    switch (r.kind) {
      case "EXPERTISE":
        return levelLabel(r.declared as number);
      case "EXPERIENCE":
        return t("years", { count: r.declared as number });
      case "CERTIFICATION":
        return r.declared ? t("held") : t("notHeld");
      default:
        return String(r.declared);
    }
  };
  return { name, target, declared };
}
