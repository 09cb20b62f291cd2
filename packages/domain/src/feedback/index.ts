export * from "./insight";
