export * from "./scorecards";
export * from "./candidate";
