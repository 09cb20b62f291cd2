export * from "./types";
export { proposeStaffing, StaffingSession } from "./propose";
export { StaffingInfeasibleError } from "./errors";
export {
  departmentFit,
  departmentRequirements,
  fitForEveryDepartment,
  isQualified,
  personAttributes,
} from "./requirements";
