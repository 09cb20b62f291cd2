import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databasePoolSize, databaseUrl } from "./env";

export function createPrismaClient(connectionString = databaseUrl()) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: databasePoolSize() }) });
}

// One client per process, cached on globalThis so Next's dev reloads don't open a pool per edit. Created on
// first use, not at import: `next build` imports this module without a database.
const cache = globalThis as unknown as { portalPrisma?: PrismaClient };
const instance = () => (cache.portalPrisma ??= createPrismaClient());
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => {
    const client = instance();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

export type Db = PrismaClient;
/** A client or an interactive-transaction client: services accept either. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
