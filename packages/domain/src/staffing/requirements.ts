import { scoreFit, type FitResult, type PersonAttributes, type Requirement } from "../fit";
import type { StaffingDepartment, StaffingPerson } from "./types";

/**
 * What a department asks of the people in it: expertise in the segment it serves at its required level, a
 * must-have. (When positions carry hiring profiles, their requirements join this list.)
 */
export function departmentRequirements(
  department: Pick<StaffingDepartment, "segmentId" | "requiredLevel">,
): Requirement[] {
  const level = Math.min(4, Math.max(1, Math.round(department.requiredLevel))) as 1 | 2 | 3 | 4;
  return [{ kind: "expertise", segmentId: department.segmentId, level, weight: 1, mustHave: true }];
}

export function personAttributes(person: Pick<StaffingPerson, "expertise">): PersonAttributes {
  return {
    expertise: person.expertise,
    customerFacingYears: 0,
    languages: {},
    certifications: [],
    criteria: {},
  };
}

export function departmentFit(
  person: Pick<StaffingPerson, "expertise">,
  department: StaffingDepartment,
  asOf: Date,
): FitResult {
  return scoreFit(personAttributes(person), departmentRequirements(department), asOf);
}

export function isQualified(
  person: Pick<StaffingPerson, "expertise">,
  department: Pick<StaffingDepartment, "segmentId" | "requiredLevel">,
): boolean {
  return (person.expertise[department.segmentId] ?? 0) >= department.requiredLevel;
}

/** A person's fit for every department, best first (ties by department name), each with its explanation. */
export function fitForEveryDepartment(
  person: Pick<StaffingPerson, "expertise">,
  departments: readonly StaffingDepartment[],
  asOf: Date,
) {
  return departments
    .map((department) => ({ department, fit: departmentFit(person, department, asOf) }))
    .sort(
      (a, b) =>
        b.fit.score - a.fit.score ||
        (a.department.name < b.department.name ? -1 : a.department.name > b.department.name ? 1 : 0),
    );
}
