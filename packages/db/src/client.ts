import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./env";
import { poolConfig, type PoolPurpose } from "./pool";

/**
 * A client with the pool limits of poolConfig (size, connect/statement/idle-in-transaction timeouts): those of
 * requests, or with `"maintenance"` those of a long command (seeds), which the request timeouts must not cut.
 */
export function createPrismaClient(connectionString = databaseUrl(), purpose: PoolPurpose = "requests") {
  return new PrismaClient({ adapter: new PrismaPg(poolConfig(connectionString, undefined, purpose)) });
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

/** Close the process's pool (a clean stop); a later use opens a new one. */
export async function disconnectPrisma() {
  const client = cache.portalPrisma;
  cache.portalPrisma = undefined;
  await client?.$disconnect();
}

export type Db = PrismaClient;
/** A client or an interactive-transaction client: services accept either. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
