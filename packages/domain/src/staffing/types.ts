import type { FitResult } from "../fit";

export type StaffingPerson = {
  id: string;
  name: string;
  /** Null when the person has no department (yet), or theirs is not part of the solve. */
  currentDepartmentId: string | null;
  /** segmentId -> expertise level 0-4; absent = 0. */
  expertise: Readonly<Record<string, number>>;
  /** Keep this person where they are. */
  locked?: boolean;
};

export type StaffingDepartment = {
  id: string;
  name: string;
  segmentId: string;
  /** Expertise level 1-4 in the segment that counts someone as able to serve it. */
  requiredLevel: number;
  /** Most people the department may get. */
  capacity: number;
  /** Fewest people it must get; default 0. */
  minimum?: number;
};

export type StaffingSegment = { id: string; name: string; bestCustomerPriority: number };

export type StaffingInput = {
  people: readonly StaffingPerson[];
  /** The departments people may be assigned to (after any what-if changes). */
  departments: readonly StaffingDepartment[];
  /** The organization as it is, for the "before" figures; defaults to `departments`. */
  baselineDepartments?: readonly StaffingDepartment[];
  segments: readonly StaffingSegment[];
  /** Fit points (0-100 scale) a move must gain to be worth proposing. */
  moveCost: number;
  asOf: Date;
};

export type StaffingPhase = "scoring" | "solving" | "explaining";
export type ProgressReport = (phase: StaffingPhase, done: number) => void;

export type ProposedMove = {
  personId: string;
  personName: string;
  fromDepartmentId: string | null;
  toDepartmentId: string;
  /** Fit in the current department (null when they have none), and in the proposed one. */
  before: FitResult | null;
  after: FitResult;
  /** after.score - before.score (before counts as 0 without a department). */
  gain: number;
};

export type SegmentCoverageChange = {
  segmentId: string;
  name: string;
  bestCustomerPriority: number;
  /** The priority says "Best customers" (`isBestCustomers`). */
  bestCustomers: boolean;
  before: SegmentStaffing;
  after: SegmentStaffing;
};

export type SegmentStaffing = {
  departmentIds: string[];
  /** Sum of the serving departments' capacities: the headcount the segment should have. */
  target: number;
  /** People in a serving department at or above that department's required level. */
  qualified: number;
  people: number;
  /** max(0, target - qualified). */
  gap: number;
  /** No department serves the segment. */
  orphan: boolean;
};

export type DepartmentStaffing = {
  departmentId: string;
  name: string;
  capacity: number;
  headcountBefore: number;
  headcountAfter: number;
  qualifiedBefore: number;
  qualifiedAfter: number;
};

export type StaffingProposal = {
  /** personId -> proposed departmentId. */
  assignment: Record<string, string>;
  moves: ProposedMove[];
  totals: { fitBefore: number; fitAfter: number; people: number; moves: number };
  segments: SegmentCoverageChange[];
  departments: DepartmentStaffing[];
};
