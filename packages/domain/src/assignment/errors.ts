export type InfeasibilityReason =
  | "MIN_ABOVE_MAX"
  | "MINIMUMS_EXCEED_PEOPLE"
  | "CAPACITY_BELOW_PEOPLE"
  | "LOCKS_EXCEED_MAX"
  | "CONFLICTING_LOCKS"
  | "NO_FEASIBLE_ASSIGNMENT";

/** The constraints admit no assignment at all; `message` says which constraint, in words a planner understands. */
export class AssignmentInfeasibleError extends Error {
  override readonly name = "AssignmentInfeasibleError";
  constructor(
    readonly reason: InfeasibilityReason,
    message: string,
  ) {
    super(message);
  }
}
