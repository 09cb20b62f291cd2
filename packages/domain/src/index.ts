export * from "./expertise";
export * from "./coverage";
