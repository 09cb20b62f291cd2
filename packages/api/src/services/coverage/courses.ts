import type { EnrolmentRule, RequiredCourse } from "@portal/domain";
import { requiredCourses } from "@portal/domain";
import { courseStates, type Placement } from "../readiness/courses";
import type { CoverageEnrolmentRow } from "./rows";

/**
 * Required course states for coverage, cheaper than `requiredCourseStates`: the required courses depend only
 * on (department, position, segment), about 600 combinations for 10,000 people, so they are computed once per
 * combination; and progress is not read (0 items done of 0), so an unfinished course is NOT_STARTED rather
 * than IN_PROGRESS. Both are "onboarding" for coverage, and COMPLETED / EXPIRED and the due dates (hence the
 * expected ready date) come from the same `courseStates` as readiness.
 */
export function coverageCourses(
  rules: readonly EnrolmentRule[],
  titles: Map<string, string>,
  enrolments: readonly CoverageEnrolmentRow[],
  asOf: Date,
) {
  const byPerson = new Map<string, Map<string, CoverageEnrolmentRow>>();
  for (const e of enrolments) {
    const own = byPerson.get(e.staffMemberId);
    if (own) own.set(e.courseId, e);
    else byPerson.set(e.staffMemberId, new Map([[e.courseId, e]]));
  }
  const required = new Map<string, RequiredCourse[]>();
  const requiredFor = (p: Placement) => {
    const key = `${p.departmentId}\u0000${p.positionId ?? ""}\u0000${p.segmentId}`;
    let list = required.get(key);
    if (!list)
      required.set(
        key,
        (list = requiredCourses(rules, {
          departmentId: p.departmentId,
          positionId: p.positionId,
          segmentId: p.segmentId,
        })),
      );
    return list;
  };

  return (p: Placement) => {
    const { courses, expectedReadyAt } = courseStates(
      requiredFor(p),
      byPerson.get(p.staffMemberId),
      titles,
      asOf,
      () => [0, 0],
    );
    return { courses, expectedReadyAt };
  };
}
