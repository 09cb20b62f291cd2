export * from "./messages";
export * from "./common";
export * from "./auth";
export * from "./organization";
export * from "./staff-csv";
export * from "./staffing";
export * from "./hiring";
export * from "./pipeline";
