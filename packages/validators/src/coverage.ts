import { z } from "zod";
import { id, pageSizes } from "./common";

/** How many weeks of snapshots the coverage trend shows (the current week included). */
export const coverageTrendWeeks = { min: 2, max: 52, default: 12 } as const;

export const coverageTrendQuery = z
  .object({
    weeks: z
      .number()
      .int()
      .min(coverageTrendWeeks.min)
      .max(coverageTrendWeeks.max)
      .default(coverageTrendWeeks.default),
  })
  .default({ weeks: coverageTrendWeeks.default });
export type CoverageTrendQuery = z.input<typeof coverageTrendQuery>;

/** Rows per page of the time-to-sign-off tables (per department, per position) unless the reader picks another size. */
export const timeToSignOffPageSize = 10;
const statsTablePage = z
  .object({
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z
      .number()
      .int()
      .refine((n) => (pageSizes as readonly number[]).includes(n))
      .default(timeToSignOffPageSize),
  })
  .default({ page: 1, pageSize: timeToSignOffPageSize });

/**
 * Time to sign-off: the company's figures once, the two tables a page each (a whole company has hundreds of
 * departments and positions; the page shows a page of each, the server slices the stored figures).
 */
export const timeToSignOffQuery = z
  .object({ departments: statsTablePage, positions: statsTablePage })
  .default({
    departments: { page: 1, pageSize: timeToSignOffPageSize },
    positions: { page: 1, pageSize: timeToSignOffPageSize },
  });
export type TimeToSignOffQuery = z.input<typeof timeToSignOffQuery>;

/** One segment of the coverage page, opened: the departments serving it. */
export const coverageSegmentQuery = z.object({ segmentId: id });
export type CoverageSegmentQuery = z.input<typeof coverageSegmentQuery>;
