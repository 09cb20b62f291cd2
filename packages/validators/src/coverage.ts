import { z } from "zod";

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
