export * from "./expertise";
export * from "./coverage";
export * from "./fit";
export * from "./assignment";
export * from "./staffing";
export * from "./hiring";
export * from "./onboarding";
export * from "./readiness";
