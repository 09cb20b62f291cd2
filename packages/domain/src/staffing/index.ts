export * from "./types";
export { proposeStaffing, StaffingSession } from "./propose";
export { StaffingInfeasibleError, type StaffingInfeasibility } from "./errors";
export {
  departmentFit,
  departmentRequirements,
  fitForEveryDepartment,
  isQualified,
  personAttributes,
} from "./requirements";
