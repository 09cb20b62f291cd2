export * from "./scorecards";
export * from "./candidate";
export * from "./stages";
export * from "./ranking";
