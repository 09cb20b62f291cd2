import type { TRPCRouterRecord } from "@trpc/server";
import { auditList } from "@portal/validators";
import { adminProcedure } from "../trpc";
import * as audit from "../services/audit";

export const auditRouter = {
  list: adminProcedure.input(auditList).query(({ ctx, input }) => audit.listAuditEvents(ctx.db, input)),
  facets: adminProcedure.query(({ ctx }) => audit.auditFacets(ctx.db)),
} satisfies TRPCRouterRecord;
