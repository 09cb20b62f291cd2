import PgBoss from "pg-boss";
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
    await boss.work(job.name, async () => {
      const result = await job.run(ctx);
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
  stop: () => Promise<void>;
};

/**
 * Start pg-boss and the jobs. If the database is unreachable the app keeps running: the failure is logged and
 * the start is retried after `retryMs`.
 */
export function startJobs(options: {
  connectionString: string;
  ctx: JobContext;
  definitions: JobDefinition[];
  log?: JobLogger;
  retryMs?: number;
}): JobRunner {
  const { connectionString, ctx, definitions, log = console, retryMs = 60_000 } = options;
  let stopped = false;
  let boss: PgBoss | null = null;
  let timer: NodeJS.Timeout | undefined;
  let resolveReady: (b: PgBoss | null) => void = () => {};
  const ready = new Promise<PgBoss | null>((resolve) => (resolveReady = resolve));

  const attempt = async () => {
    if (stopped) return;
    const candidate = new PgBoss({ connectionString, max: 2 });
    candidate.on("error", (e: unknown) => log.error("[jobs] pg-boss error", e));
    try {
      await candidate.start();
      await registerJobs(candidate, definitions, ctx, log);
      if (stopped) return void (await candidate.stop({ graceful: false, wait: true }).catch(() => {}));
      boss = candidate;
      log.info(
        `[jobs] started: ${definitions
          .filter((d) => isEnabled(d, ctx))
          .map((d) => d.name)
          .join(", ")}`,
      );
      resolveReady(candidate);
    } catch (e) {
      log.error(`[jobs] could not start; retrying in ${Math.round(retryMs / 1000)} s`, e);
      await candidate.stop({ graceful: false, wait: true }).catch(() => {});
      if (!stopped) {
        timer = setTimeout(() => void attempt(), retryMs);
        timer.unref();
      }
    }
  };
  void attempt();

  return {
    ready,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      resolveReady(null);
      if (boss) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      boss = null;
    },
  };
}
