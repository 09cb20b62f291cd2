import { defineConfig } from "prisma-migrate/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { fileURLToPath } from "node:url";

/**
 * The configuration of Prisma 6.19's CLI (`prisma-migrate`), which runs our migrations: it migrates through this
 * driver adapter with its Wasm schema engine, where Prisma 7's CLI needs a native engine that cannot be fetched
 * here (scripts/prisma-migrate.mjs says why, and hands it the schema in its form).
 */

// Offline: the CLI tries to download native engines unless these point at any existing file.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= fileURLToPath(import.meta.url);
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

type QueryResultLike = { fields?: { dataTypeID: number }[] };
// Prisma issue 27403: adapter-pg rejects catalog columns of type `name` (oid 19) that migrate reads;
// a type parser does not help because the adapter checks dataTypeID first, so relabel them as text (25).
const relabelNameColumns = (res: unknown) => {
  for (const r of [res].flat() as QueryResultLike[])
    for (const f of r?.fields ?? []) if (f.dataTypeID === 19) f.dataTypeID = 25;
  return res;
};
class NameAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Client.query has many overloads; we forward them untouched
  override query(...args: any[]): any {
    const cb = args.findIndex((a) => typeof a === "function");
    if (cb >= 0) {
      const orig = args[cb] as (err: unknown, res: unknown) => void;
      args[cb] = (err: unknown, res: unknown) => orig(err, err ? res : relabelNameColumns(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
    const out = (super.query as any)(...args);
    return typeof out?.then === "function" ? out.then(relabelNameColumns) : out;
  }
}

/**
 * adapter-pg runs a migration by splitting it on every ";", which cuts function bodies ($$ ... $$) apart.
 * Send each migration whole in one simple query instead, as Prisma's native engine does (and as the test
 * databases are built): PostgreSQL then also applies it atomically, in one implicit transaction.
 */
function runScriptsWhole(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        // The CLI only prints "External error id#0" for an error it did not make: say what PostgreSQL said.
        const e = error as { message?: string; position?: string; hint?: string };
        console.error(
          `Migration failed: ${e.message ?? String(error)}${e.position ? ` (at character ${e.position})` : ""}${e.hint ? `. ${e.hint}` : ""}`,
        );
        throw error;
      }
    };
    return adapter;
  };
  return factory;
}

export default defineConfig({
  // The copy of prisma/schema.prisma with the `url` line that Prisma 6 requires (scripts/prisma-migrate.mjs).
  schema: process.env.PORTAL_MIGRATE_SCHEMA,
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return runScriptsWhole(
      new PrismaPg({
        connectionString: process.env.DATABASE_URL,
        Client: NameAsTextClient,
        allowExitOnIdle: true,
      }),
    );
  },
});
