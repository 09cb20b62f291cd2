import { z } from "zod";
import { V } from "./messages";
import { id, nonNegativeInt, pageSizes, requiredText, text, timestamp } from "./common";

const requiredLevel = z.coerce
  .number<number>()
  .int(V.integer)
  .min(1, V.requiredLevelRange)
  .max(4, V.requiredLevelRange);

/** A department that exists only in a what-if: never saved. */
export const whatIfDepartment = z.object({
  key: text().min(1).max(40),
  name: requiredText(120),
  segmentId: id,
  requiredLevel,
  capacity: nonNegativeInt(10_000),
});

/**
 * A staffing proposal: the whole organization or chosen departments, with optional what-if changes to the
 * structure (capacities, departments removed or added) that are solved but never saved.
 */
export const staffingProposalInput = z.object({
  departmentIds: z.array(id).max(1000).default([]),
  /** Fit points (0-100) a move must gain to be worth proposing. */
  moveCost: z.coerce
    .number<number>({ error: V.moveCostRange })
    .min(0, V.moveCostNegative)
    .max(100, V.moveCostRange)
    .default(5),
  lockedStaffIds: z.array(id).max(20_000).default([]),
  capacities: z
    .array(z.object({ departmentId: id, capacity: nonNegativeInt(10_000) }))
    .max(1000)
    .default([]),
  removedDepartmentIds: z.array(id).max(1000).default([]),
  addedDepartments: z.array(whatIfDepartment).max(50).default([]),
});
export type StaffingProposalInput = z.input<typeof staffingProposalInput>;

export const proposalStatusInput = z.object({ jobId: z.uuid() });
/** A page of a done proposal's moves, optionally only those touching a segment's departments and/or one department. */
export const proposalMovesInput = z.object({
  jobId: z.uuid(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z
    .number()
    .int()
    .refine((n) => (pageSizes as readonly number[]).includes(n))
    .default(50),
  segmentId: id.optional(),
  departmentId: id.optional(),
});
export type ProposalMovesInput = z.input<typeof proposalMovesInput>;

/**
 * "What if this department had N places?" on a proposal: re-solved from that proposal's solution when the
 * server still holds it, otherwise solved again from `proposal` (the input the proposal was started with).
 */
export const capacityWhatIfInput = z.object({
  basedOnJobId: z.uuid(),
  proposal: staffingProposalInput,
  departmentId: id,
  capacity: nonNegativeInt(10_000),
});
export type CapacityWhatIfInput = z.input<typeof capacityWhatIfInput>;

/** Apply chosen moves of a proposal. `version` is the person's record version the proposal saw. */
export const staffingApplyInput = z.object({
  moves: z
    .array(z.object({ staffMemberId: id, fromDepartmentId: id, toDepartmentId: id, version: timestamp() }))
    .min(1, V.chooseMoves)
    .max(5000),
});
export type StaffingApplyInput = z.input<typeof staffingApplyInput>;

export const personFitInput = z.object({ staffMemberId: id });
export const departmentRankingInput = z.object({
  departmentId: id,
  limit: z.number().int().min(1).max(500).default(50),
});
