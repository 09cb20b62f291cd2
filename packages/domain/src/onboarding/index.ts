export * from "./questions";
export * from "./random";
export * from "./draw";
export * from "./grading";
export * from "./plan";
export * from "./rules";
export * from "./translations";
export * from "./story-scenario";
