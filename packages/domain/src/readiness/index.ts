export * from "./readiness";
export * from "./keys";
export * from "./person";
export * from "./team";
export type { RequirementKind } from "./types";
export * from "./assess-person";
