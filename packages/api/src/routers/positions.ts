import type { TRPCRouterRecord } from "@trpc/server";

export const positionsRouter = {} satisfies TRPCRouterRecord;
