"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { languageName, useLevelLabel } from "@/i18n/enum-labels";
import type { RequirementSummary } from "./types";

type Actual = number | string | boolean | null;
type CourseStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "EXPIRED";

/** Requirements in words: what is asked ("Expertise in Private individuals", "3 · Specialist") and what a person has. */
export function useReadinessText() {
  const t = useTranslations("readiness");
  const levelLabel = useLevelLabel();
  const format = useFormatter();
  const locale = useLocale();
  const name = (r: RequirementSummary) => {
    switch (r.kind) {
      case "EXPERTISE":
        return t("req.EXPERTISE", { segment: r.segmentName ?? "" });
      case "EXPERIENCE":
        return t("req.EXPERIENCE");
      case "LANGUAGE":
        return t("req.LANGUAGE", { language: languageName(locale, r.language ?? "") });
      case "CERTIFICATION":
        return t("req.CERTIFICATION", { name: r.certification ?? "" });
      case "CRITERION":
        return t("req.CRITERION", { criterion: r.criterion ?? "" });
    }
  };
  const target = (r: RequirementSummary) => {
    switch (r.kind) {
      case "EXPERTISE":
        return levelLabel(r.level ?? 0);
      case "EXPERIENCE":
        return t("target.EXPERIENCE", { years: r.years ?? 0 });
      case "LANGUAGE":
        return r.cefr ?? "";
      case "CERTIFICATION":
        return t("target.CERTIFICATION");
      case "CRITERION":
        return t("target.CRITERION", { rating: r.rating ?? 0 });
    }
  };
  const actual = (r: RequirementSummary, value: Actual) => {
    if (value === null) return r.kind === "EXPERTISE" ? levelLabel(0) : t("actual.none");
    switch (r.kind) {
      case "EXPERTISE":
        return levelLabel(Number(value));
      case "EXPERIENCE":
        return t("actual.years", { years: Number(value) });
      case "LANGUAGE":
        return String(value);
      case "CERTIFICATION":
        return value ? t("actual.held") : t("actual.notHeld");
      case "CRITERION":
        return t("actual.rating", { rating: Number(value) });
    }
  };
  const courseName = (title: string) => t("req.course", { title });
  const courseActual = (status: CourseStatus) => t(`courseStatus.${status}`);
  const percent = (value: number) =>
    format.number(value / 100, { style: "percent", maximumFractionDigits: 1 });
  return { name, target, actual, courseName, courseTarget: () => t("target.course"), courseActual, percent };
}

const courseStatuses: readonly string[] = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "EXPIRED"];
/** A matrix cell of a course column carries the course's status as its `actual`. */
export const isCourseStatus = (value: Actual): value is CourseStatus =>
  typeof value === "string" && courseStatuses.includes(value);
