import type { AccessRows } from "./types";

export const pipelineAccess: AccessRows = {};
