"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button } from "@portal/ui";
import { segmentAnchor } from "./segment-table";
import type { CoverageFlag, SegmentCoverage } from "./types";

/** Flags shown before "Show all": a whole company has hundreds (every department below target). */
export const FIRST_FLAGS = 10;

/**
 * What needs attention, in the overview's order (best-customer gaps first); each item opens its segment's row
 * in the table below and goes to it. The first ten, and the rest on request: the list sits above the segments' tables.
 */
export function CoverageFlags({
  flags,
  segments,
  onReveal,
}: {
  flags: CoverageFlag[];
  segments: SegmentCoverage[];
  /** Opens the segment's departments, to which the link then scrolls. */
  onReveal: (segmentId: string) => void;
}) {
  const t = useTranslations("coverage");
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? flags : flags.slice(0, FIRST_FLAGS);
  const segmentName = new Map(segments.map((s) => [s.segmentId, s.name]));
  const describe = (f: CoverageFlag) => {
    const segment = segmentName.get(f.segmentId) ?? "";
    switch (f.kind) {
      case "orphanSegment":
        return t("flag.orphanSegment", { segment });
      case "overlap":
        return t("flag.overlap", {
          segment,
          count: f.departmentNames.length,
          departments: f.departmentNames.join(", "),
        });
      case "noHead":
        return t("flag.noHead", { segment, department: f.departmentName });
      case "belowTarget":
        return t("flag.belowTarget", {
          segment,
          department: f.departmentName,
          signedOff: f.signedOff,
          target: f.target,
        });
    }
  };
  const key = (f: CoverageFlag) => `${f.kind}:${f.segmentId}:${"departmentId" in f ? f.departmentId : ""}`;
  return (
    <section aria-labelledby="coverage-flags-title" className="space-y-3">
      <h2 id="coverage-flags-title" className="text-lg font-semibold">
        {t("flagsTitle")}
      </h2>
      {flags.length === 0 ? (
        <Alert tone="success">{t("noFlags")}</Alert>
      ) : (
        <>
          <ul
            id="coverage-flags-list"
            className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white"
            data-testid="coverage-flags"
          >
            {shown.map((f) => (
              <li key={key(f)} className="px-4 py-2 text-sm">
                <a
                  href={`#${segmentAnchor(f.segmentId)}`}
                  onClick={() => onReveal(f.segmentId)}
                  className={
                    f.kind === "orphanSegment" ? "font-medium text-red-800 underline" : "text-ink underline"
                  }
                >
                  {describe(f)}
                </a>
              </li>
            ))}
          </ul>
          {flags.length > FIRST_FLAGS ? (
            <Button
              variant="secondary"
              size="sm"
              aria-controls="coverage-flags-list"
              aria-expanded={showAll}
              onClick={() => setShowAll((all) => !all)}
            >
              {showAll
                ? t("showFirstFlags", { count: FIRST_FLAGS })
                : t("showAllFlags", { count: flags.length })}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
