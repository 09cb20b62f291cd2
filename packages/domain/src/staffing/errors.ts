import type { InfeasibilityReason } from "../assignment/errors";

/**
 * What a planner is told when no staffing fits, as a message key of the web app's `errors` catalogue and its params
 * (packages/api checks each is a key there): the client words it in the planner's language.
 */
export type StaffingInfeasibility =
  | { key: "staffingCapacityInvalid"; params: { department: string } }
  | { key: "staffingMinimumAboveCapacity"; params: { department: string } }
  | { key: "staffingTooFewSeats"; params: { people: number; seats: number } }
  | { key: "staffingLockedOutside"; params: { name: string } }
  | { key: "staffingLocksExceedCapacity"; params: { department: string; locked: number; capacity: number } }
  | { key: "staffingInfeasible"; params: { reason: InfeasibilityReason } };

/**
 * The what-if or the organization admits no staffing at all: `message` says which constraint and how to fix it (in
 * English, for logs), `infeasibility` the same as a message key and params.
 */
export class StaffingInfeasibleError extends Error {
  override readonly name = "StaffingInfeasibleError";
  constructor(
    message: string,
    readonly infeasibility: StaffingInfeasibility = {
      key: "staffingInfeasible",
      params: { reason: "NO_FEASIBLE_ASSIGNMENT" },
    },
  ) {
    super(message);
  }
}
