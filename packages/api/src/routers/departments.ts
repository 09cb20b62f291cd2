import type { TRPCRouterRecord } from "@trpc/server";

export const departmentsRouter = {} satisfies TRPCRouterRecord;
