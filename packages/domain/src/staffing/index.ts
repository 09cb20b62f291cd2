export * from "./types";
export { proposeStaffing } from "./propose";
export { StaffingInfeasibleError } from "./errors";
export {
  departmentFit,
  departmentRequirements,
  fitForEveryDepartment,
  isQualified,
  personAttributes,
} from "./requirements";
