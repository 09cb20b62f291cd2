import type { AccessRows } from "./types";

/** Row scopes (a head: own department, from INTERVIEW on) are tested in pipeline*.int.test.ts. */
export const pipelineAccess: AccessRows = {
  "pipeline.positions": ["HEAD", "HR", "ADMIN"],
  "pipeline.position": ["HEAD", "HR", "ADMIN"],
  "pipeline.board": ["HEAD", "HR", "ADMIN"],
  "pipeline.table": ["HEAD", "HR", "ADMIN"],
  "pipeline.compare": ["HEAD", "HR", "ADMIN"],
  "pipeline.stats": ["HEAD", "HR", "ADMIN"],
  "pipeline.move": ["HR", "ADMIN"],
  "pipeline.bulkReject": ["HR", "ADMIN"],
};
