export * from "./scorecards";
export * from "./candidate";
export * from "./stages";
export * from "./ranking";
export * from "./expertise-from-hire";
export * from "./redact";
