import type { Db } from "@portal/db";
import superjson from "superjson";

/**
 * How long figures computed at the current data version are served. Without any write, dates still move on
 * (courses fall due, certificates expire): the pages say the time their figures are from.
 */
export const companyFiguresMaxAgeMs = 60_000;

type Entry = { version: bigint; computedAtMs: number; value: unknown };
// Per client (the app has one; each test database its own): the last figures this process read or computed, so
// a request that finds them current reads two numbers instead of the whole payload.
const remembered = new WeakMap<object, Map<string, Entry>>();
const computing = new WeakMap<object, Map<string, { version: bigint; done: Promise<unknown> }>>();
const mapOf = <V>(store: WeakMap<object, Map<string, V>>, db: object) => {
  let map = store.get(db);
  if (!map) store.set(db, (map = new Map()));
  return map;
};

/**
 * Whole-company figures computed once per change of the data they come from, instead of once per request: stored
 * in PostgreSQL with the `CompanyDataVersion` they were computed at (which triggers raise at the commit of every
 * change, migration company_figures), so every request and every server serves the same figures until the data
 * changes or `companyFiguresMaxAgeMs` passes. The version is read before computing: a change committed during
 * the computation leaves the stored figures behind the version, and the next request computes again.
 * `compute` receives the time the figures are as of.
 */
export async function companyFigures<T>(
  db: Db,
  key: string,
  compute: (asOf: Date) => Promise<T>,
): Promise<T> {
  const [state] = await db.$queryRaw<
    { current: bigint; version: bigint | null; computedAtMs: bigint | null }[]
  >`
    SELECT COALESCE((SELECT "version" FROM "CompanyDataVersion" WHERE "id" = 1), 0)::bigint AS "current",
           f."version", (extract(epoch FROM f."computedAt") * 1000)::bigint AS "computedAtMs"
      FROM (SELECT 1) AS one LEFT JOIN "CompanyFigures" f ON f."key" = ${key}`;
  const current = state!.current;
  const computedAtMs = state!.computedAtMs === null ? null : Number(state!.computedAtMs);
  if (
    state!.version === current &&
    computedAtMs !== null &&
    Date.now() - computedAtMs < companyFiguresMaxAgeMs
  ) {
    const mine = mapOf(remembered, db).get(key);
    if (mine && mine.version === current && mine.computedAtMs === computedAtMs) return mine.value as T;
    const [stored] = await db.$queryRaw<{ payload: string }[]>`
      SELECT "payload" FROM "CompanyFigures" WHERE "key" = ${key} AND "version" = ${current}`;
    if (stored) {
      const value = superjson.parse<T>(stored.payload);
      mapOf(remembered, db).set(key, { version: current, computedAtMs, value });
      return value;
    }
  }
  // One computation per process and version: concurrent requests wait for it instead of repeating it.
  const running = mapOf(computing, db).get(key);
  if (running && running.version === current) return (await running.done) as T;
  const done = (async () => {
    const asOf = new Date();
    const value = await compute(asOf);
    await db.$executeRaw`
      INSERT INTO "CompanyFigures" ("key", "version", "computedAt", "payload")
      VALUES (${key}, ${current}, (${asOf.toISOString()}::timestamptz AT TIME ZONE 'UTC'), ${superjson.stringify(value)})
      ON CONFLICT ("key") DO UPDATE SET "version" = EXCLUDED."version", "computedAt" = EXCLUDED."computedAt",
        "payload" = EXCLUDED."payload"
      WHERE "CompanyFigures"."version" < EXCLUDED."version"
         OR ("CompanyFigures"."version" = EXCLUDED."version" AND "CompanyFigures"."computedAt" < EXCLUDED."computedAt")`;
    mapOf(remembered, db).set(key, { version: current, computedAtMs: asOf.getTime(), value });
    return value;
  })();
  mapOf(computing, db).set(key, { version: current, done });
  try {
    return await done;
  } finally {
    if (mapOf(computing, db).get(key)?.done === done) mapOf(computing, db).delete(key);
  }
}
