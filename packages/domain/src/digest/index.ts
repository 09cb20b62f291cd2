export * from "./digest";
export * from "./excerpt";
