import PgBoss from "pg-boss";
// @ts-expect-error -- pg-boss ships no types for its internal modules; used as `{ prototype }` only (below)
import Manager from "pg-boss/src/manager.js";
import { databaseOutage, isDatabaseUnreachable } from "@portal/api/outage";
import type { JobContext, JobDefinition } from "./definitions";

export type JobLogger = Pick<Console, "info" | "error">;

/** Servers starting within this many seconds of each other share one catch-up run of a `runOnStart` job. */
const ON_START_WINDOW_S = 300;

const isEnabled = (job: JobDefinition, ctx: JobContext) => job.enabled?.(ctx) ?? true;

/** Create each queue (pg-boss 10 needs it before schedule/work), attach its worker and its daily schedule. */
export async function registerJobs(
  boss: PgBoss,
  definitions: JobDefinition[],
  ctx: JobContext,
  log: JobLogger = console,
) {
  for (const job of definitions) {
    if (!isEnabled(job, ctx)) {
      // A schedule left from a start when it was enabled would queue runs that no worker takes.
      await boss.unschedule(job.name).catch(() => {});
      continue;
    }
    await boss.createQueue(job.name, { name: job.name, retryLimit: 3, retryDelay: 300 });
    await job.setup?.(boss, ctx);
    await boss.work(job.name, async () => {
      const result = await job.run(ctx, boss);
      log.info(`[jobs] ${job.name} done`, result);
      return result;
    });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    // Catch up after a restart instead of waiting for the next tick. The singleton key and window make it one
    // run per window however many servers start in it (pg-boss keeps one job per key and window).
    if (job.runOnStart)
      await boss.send(
        job.name,
        {},
        { singletonKey: `${job.name}-on-start`, singletonSeconds: ON_START_WINDOW_S },
      );
  }
}

export type JobRunner = {
  /** Resolves once the boss runs (after any number of retries); null if stopped before that. */
  ready: Promise<PgBoss | null>;
  /** Whether pg-boss runs (for the readiness check). */
  isStarted: () => boolean;
  stop: () => Promise<void>;
};

/** Delay before start attempt `failures + 1`: `firstMs` doubling, never above `maxMs`. */
export const retryDelay = (failures: number, firstMs: number, maxMs: number) =>
  Math.min(firstMs * 2 ** Math.max(0, failures - 1), Math.max(firstMs, maxMs));

const reasonOf = (e: unknown) =>
  e instanceof Error ? `${(e as { code?: string }).code ?? e.name}: ${e.message}` : String(e);

/**
 * Start pg-boss and the jobs. If the database is unreachable the app keeps running: each failure is logged in one
 * line and the start retried after `retryMs` (1 s), doubling up to `retryMaxMs` (30 s), so jobs resume within
 * seconds of a short outage and a long one does not fill the log. The recovery is logged.
 */
export function startJobs(options: {
  connectionString: string;
  ctx: JobContext;
  definitions: JobDefinition[];
  log?: JobLogger;
  retryMs?: number;
  retryMaxMs?: number;
}): JobRunner {
  const { connectionString, ctx, definitions, log = console, retryMs = 1_000, retryMaxMs = 30_000 } = options;
  let stopped = false;
  let failures = 0;
  let boss: PgBoss | null = null;
  let timer: NodeJS.Timeout | undefined;
  let resolveReady: (b: PgBoss | null) => void = () => {};
  const ready = new Promise<PgBoss | null>((resolve) => (resolveReady = resolve));

  reportUnawaitedCompletions();
  const attempt = async () => {
    if (stopped) return;
    const candidate = new PgBoss({ connectionString, max: 2 });
    candidate.on("error", (e: unknown) => reportBossError(e, log));
    try {
      await candidate.start();
      await registerJobs(candidate, definitions, ctx, log);
      if (stopped) return void (await candidate.stop({ graceful: false, wait: true }).catch(() => {}));
      boss = candidate;
      log.info(
        `[jobs] started${failures > 0 ? ` after ${failures} failed attempt(s)` : ""}: ${definitions
          .filter((d) => isEnabled(d, ctx))
          .map((d) => d.name)
          .join(", ")}`,
      );
      resolveReady(candidate);
    } catch (e) {
      failures++;
      const delay = retryDelay(failures, retryMs, retryMaxMs);
      log.error(`[jobs] could not start (${reasonOf(e)}); retrying in ${(delay / 1000).toFixed(0)} s`);
      await candidate.stop({ graceful: false, wait: true }).catch(() => {});
      if (!stopped) {
        timer = setTimeout(() => void attempt(), delay);
        timer.unref();
      }
    }
  };
  void attempt();

  return {
    ready,
    isStarted: () => boss !== null,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      resolveReady(null);
      // graceful: running jobs get `timeout` to finish; what is left expires and is retried by the next start.
      if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      boss = null;
    },
  };
}

/**
 * pg-boss 10 marks a job done or failed (`complete`/`fail`) without awaiting it (timgit/pg-boss#577): when the
 * database goes away at that moment the rejection is unhandled, a stack trace in the log (in Node's default mode,
 * a crash). Each such rejection goes to the instance's "error" event instead, like its other database errors;
 * the job stays active until it expires and is retried.
 */
function reportUnawaitedCompletions() {
  const proto = (Manager as { prototype: unknown }).prototype as Record<string, unknown> & {
    [guarded]?: true;
  };
  if (proto[guarded]) return;
  proto[guarded] = true;
  for (const name of ["complete", "fail"] as const) {
    const original = proto[name] as (this: NodeJS.EventEmitter, ...args: unknown[]) => Promise<unknown>;
    proto[name] = function (this: NodeJS.EventEmitter, ...args: unknown[]) {
      const result = original.apply(this, args);
      result.catch((e: unknown) => this.emit("error", e));
      return result;
    };
  }
}
const guarded = Symbol.for("portal.pgBossCompletionsGuarded");

/** pg-boss reports each failed poll while the database is away: an outage is one line (outage.ts), not one a poll. */
function reportBossError(e: unknown, log: JobLogger) {
  if (isDatabaseUnreachable(e)) databaseOutage().markDown(e);
  else log.error("[jobs] pg-boss error", e);
}
