export { assignPeople } from "./assign";
export { linearSumAssignment } from "./lsa";
export { AssignmentInfeasibleError, type InfeasibilityReason } from "./errors";
export type { AssignmentInput, AssignmentResult, DenseMatrix, DepartmentHeadcount } from "./types";
export { AssignmentSession } from "./warm";
