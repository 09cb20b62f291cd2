/** The what-if or the organization admits no staffing at all; the message says which constraint and how to fix it. */
export class StaffingInfeasibleError extends Error {
  override readonly name = "StaffingInfeasibleError";
}
