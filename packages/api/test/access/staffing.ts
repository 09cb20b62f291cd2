import type { AccessRows } from "./types";

export const staffingAccess: AccessRows = {
  "staffing.personFit": ["STAFF", "HEAD", "HR", "ADMIN"],
  "staffing.departmentRanking": ["HEAD", "HR", "ADMIN"],
  "staffing.startProposal": ["HR", "ADMIN"],
  "staffing.capacityWhatIf": ["HR", "ADMIN"],
  "staffing.proposalStatus": ["HR", "ADMIN"],
  "staffing.proposalMoves": ["HR", "ADMIN"],
  "staffing.applyMoves": ["HR", "ADMIN"],
};
