/** An enrolment rule as the matcher needs it: required for one department, one position, or one segment's departments. */
export type EnrolmentRule = {
  id: string;
  courseId: string;
  target:
    | { kind: "department"; departmentId: string }
    | { kind: "position"; positionId: string }
    | { kind: "segment"; segmentId: string };
  dueDays: number;
  recertifyMonths: number | null;
};

export type Placement = { departmentId: string; positionId: string | null; segmentId: string };

export type RequiredCourse = {
  courseId: string;
  ruleId: string;
  dueDays: number;
  recertifyMonths: number | null;
};

export function ruleApplies(rule: EnrolmentRule, p: Placement): boolean {
  switch (rule.target.kind) {
    case "department":
      return rule.target.departmentId === p.departmentId;
    case "position":
      return rule.target.positionId === p.positionId;
    case "segment":
      return rule.target.segmentId === p.segmentId;
  }
}

/**
 * The courses a placement requires, one per course. When several rules require the same course the strictest
 * wins: the shortest due time, then the shortest recertification period (no recertification is the loosest),
 * then the lowest rule id so the choice is deterministic.
 */
export function requiredCourses(rules: readonly EnrolmentRule[], placement: Placement): RequiredCourse[] {
  const best = new Map<string, EnrolmentRule>();
  const stricter = (a: EnrolmentRule, b: EnrolmentRule) =>
    a.dueDays - b.dueDays ||
    (a.recertifyMonths ?? Infinity) - (b.recertifyMonths ?? Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const rule of rules) {
    if (!ruleApplies(rule, placement)) continue;
    const current = best.get(rule.courseId);
    if (!current || stricter(rule, current) < 0) best.set(rule.courseId, rule);
  }
  return [...best.values()]
    .sort((a, b) => (a.courseId < b.courseId ? -1 : a.courseId > b.courseId ? 1 : 0))
    .map((r) => ({
      courseId: r.courseId,
      ruleId: r.id,
      dueDays: r.dueDays,
      recertifyMonths: r.recertifyMonths,
    }));
}
