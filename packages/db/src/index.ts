export { prisma, createPrismaClient, disconnectPrisma, type Db, type DbClient } from "./client";
export { poolConfig, poolDefaults, type PoolPurpose } from "./pool";
export * from "./generated/prisma/client";
export { writeAudit, auditEntityName, type AuditInput } from "./audit";
