import type { RouterOutputs } from "@portal/api";
import type { StaffingProposalInput } from "@portal/validators";

export type ProposalJob = RouterOutputs["staffing"]["proposalStatus"];
export type Proposal = NonNullable<ProposalJob["result"]>;
export type MovesPage = RouterOutputs["staffing"]["proposalMoves"];
export type Move = MovesPage["moves"][number];

/** What the planner asks for; the what-if parts are solved but never saved. */
export type ProposalRequest = Required<
  Pick<StaffingProposalInput, "capacities" | "removedDepartmentIds" | "addedDepartments">
> & {
  moveCost: number;
};
export const emptyRequest: ProposalRequest = {
  moveCost: 5,
  capacities: [],
  removedDepartmentIds: [],
  addedDepartments: [],
};
