export * from "./digest";
