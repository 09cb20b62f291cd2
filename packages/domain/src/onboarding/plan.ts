/** Calendar arithmetic in UTC: due dates and certificate expiry are whole days, the same in every time zone. */
export function addDays(date: Date, days: number): Date {
  const d = new Date(date.getTime());
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/** Months are calendar months; a day past the end of the target month clamps to its last day (Jan 31 + 1 = Feb 28/29). */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

export type EnrolmentFacts = {
  /** When the learner was enrolled (their start date, hire date or move date). */
  enrolledAt: Date;
  /** Days after enrolment by which the course is due; null = no due date. */
  dueDays: number | null;
  /** Months a pass stays valid; null = never expires. */
  recertifyMonths: number | null;
  /** When the learner last passed the course, if ever. */
  passedAt: Date | null;
  itemsDone: number;
  itemsTotal: number;
};

export type EnrolmentStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "EXPIRED";

export type PlanEntry = {
  status: EnrolmentStatus;
  /** When it must be done: the due date, or the certificate's expiry once passed; null = no deadline. */
  dueAt: Date | null;
  overdue: boolean;
  /** When the current certificate stops being valid; null when not passed or never expires. */
  expiresAt: Date | null;
  /** Share of the course's items done, 0-1 (1 once passed and still valid). */
  progress: number;
};

/**
 * Where a learner stands in one course at `now`. An expired certificate puts the course back in the plan:
 * its progress restarts and the expiry date is the deadline that was missed.
 */
export function enrolmentStatus(f: EnrolmentFacts, now: Date): PlanEntry {
  const expiresAt =
    f.passedAt && f.recertifyMonths !== null ? addMonths(f.passedAt, f.recertifyMonths) : null;
  if (f.passedAt && (expiresAt === null || now < expiresAt)) {
    return { status: "COMPLETED", dueAt: expiresAt, overdue: false, expiresAt, progress: 1 };
  }
  if (f.passedAt && expiresAt) {
    return { status: "EXPIRED", dueAt: expiresAt, overdue: true, expiresAt, progress: 0 };
  }
  const dueAt = f.dueDays === null ? null : addDays(f.enrolledAt, f.dueDays);
  const progress = f.itemsTotal > 0 ? Math.min(1, f.itemsDone / f.itemsTotal) : 0;
  return {
    status: f.itemsDone > 0 ? "IN_PROGRESS" : "NOT_STARTED",
    dueAt,
    overdue: dueAt !== null && now >= dueAt,
    expiresAt: null,
    progress,
  };
}

const rank = (e: PlanEntry) => (e.overdue ? 0 : e.status === "COMPLETED" ? 2 : 1);

/** The learner's plan order: overdue first, then what is still to do by due date (no date last), then what is done. */
export function comparePlanEntries<T extends { entry: PlanEntry; title: string }>(a: T, b: T): number {
  return (
    rank(a.entry) - rank(b.entry) ||
    (a.entry.dueAt?.getTime() ?? Infinity) - (b.entry.dueAt?.getTime() ?? Infinity) ||
    (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)
  );
}

/** Overall progress across courses, each weighted by its number of items. */
export function overallProgress(entries: readonly { itemsTotal: number; entry: PlanEntry }[]): number {
  const total = entries.reduce((s, e) => s + e.itemsTotal, 0);
  return total === 0 ? 0 : entries.reduce((s, e) => s + e.entry.progress * e.itemsTotal, 0) / total;
}

/**
 * The expertise level a passed course leaves the learner with: training raises a level to the course's
 * outcome and never lowers it. Null means nothing to record (already at or above the outcome).
 */
export function trainingExpertiseLevel(current: number | null, outcomeLevel: number): number | null {
  if (!Number.isInteger(outcomeLevel) || outcomeLevel < 1 || outcomeLevel > 4)
    throw new RangeError(`An expertise outcome is a level 1-4, got ${outcomeLevel}`);
  return current !== null && current >= outcomeLevel ? null : outcomeLevel;
}
