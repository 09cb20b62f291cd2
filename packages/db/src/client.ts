import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./env";
import { poolConfig, type PoolPurpose } from "./pool";

/**
 * A client with the pool limits of poolConfig (size, connect/statement/idle-in-transaction timeouts): those of
 * requests, or with `"maintenance"` those of a long command (seeds), which the request timeouts must not cut.
 */
export function createPrismaClient(
  connectionString = databaseUrl(),
  purpose: PoolPurpose = "requests",
  inspect?: (sql: string) => void,
) {
  const pool = new pg.Pool(poolConfig(connectionString, undefined, purpose));
  releaseDeadConnections(pool);
  if (inspect) inspectStatements(pool, inspect);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  poolOfClient.set(client, pool);
  return client;
}

const poolOfClient = new WeakMap<PrismaClient, pg.Pool>();

/**
 * How many of a client's pool connections are lent out now (to a query or a transaction) and how many callers
 * wait for one; null for a client this module did not make. A connection lent out when nothing runs any more is
 * one that will never come back: the pool is smaller from then on, and ending it waits forever.
 */
export function poolUsage(client: PrismaClient): { lentOut: number; waiting: number } | null {
  const pool = poolOfClient.get(client);
  return pool ? { lentOut: pool.totalCount - pool.idleCount, waiting: pool.waitingCount } : null;
}

/**
 * A connection that closes while a request holds it (the database went away in the middle of a transaction) is
 * given back to the pool as broken, which drops it. Prisma releases a transaction's connection only after its
 * COMMIT or ROLLBACK succeeded, so otherwise each transaction cut by an outage would keep its pool slot for good:
 * the pool would shrink with every outage until requests only time out, and a clean stop would wait forever for
 * those connections.
 */
function releaseDeadConnections(pool: pg.Pool) {
  const held = new Set<pg.PoolClient>();
  pool.on("acquire", (client) => held.add(client));
  pool.on("release", (_error, client) => held.delete(client));
  pool.on("remove", (client) => held.delete(client));
  pool.on("connect", (client) =>
    client.on("end", () => {
      if (!held.has(client)) return;
      held.delete(client);
      client.release(new Error("The connection closed while in use."));
      client.release = () => {}; // the adapter may still release it when Prisma ends the transaction
    }),
  );
}

/**
 * Shows `inspect` every statement before it is sent (the integration tests refuse statement shapes that do not
 * scale); an exception it throws fails the query with its message.
 */
function inspectStatements(pool: pg.Pool, inspect: (sql: string) => void) {
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Client.query has many overloads; forwarded untouched
    (client as any).query = (...args: unknown[]) => {
      const first = args[0] as string | { text?: string } | undefined;
      const text = typeof first === "string" ? first : first?.text;
      if (text) inspect(text);
      return query(...args);
    };
  });
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
