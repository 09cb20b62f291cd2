export { prisma, createPrismaClient, type Db, type DbClient } from "./client";
export * from "./generated/prisma/client";
export { writeAudit, type AuditInput } from "./audit";
