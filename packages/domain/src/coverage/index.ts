export * from "./segments";
export * from "./status";
export * from "./analysis";
export * from "./histogram";
export * from "./week";
