/**
 * A database that cannot be reached is an outage, not a bug: callers get 503 with Retry-After and a generic
 * message (never the driver's text, which names the database host and port), and the server logs one line when
 * the database goes away and one when it is back, instead of a stack trace per failed request.
 */
import { TRPCError } from "@trpc/server";

import { DATABASE_UNAVAILABLE_DIGEST, DATABASE_UNAVAILABLE_MESSAGE } from "./outage-digest";

export {
  DATABASE_UNAVAILABLE_DIGEST,
  DATABASE_UNAVAILABLE_MESSAGE,
  RETRY_AFTER_SECONDS,
} from "./outage-digest";

/** pg socket errors, PostgreSQL SQLSTATEs of a server going away, Prisma's connection error codes. */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "EPIPE",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, recovering)
  "08000",
  "08001",
  "08003",
  "08004",
  "08006", // connection_exception and its kinds
  "53300", // too_many_connections
  "P1001", // can't reach database server
  "P1002", // timed out reaching it
  "P1008", // operation timed out (socket)
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
  "P2037", // too many connections
]);
/** The driver adapter's error kinds (Prisma's meta.driverAdapterError.cause.kind). */
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
/** pg's own errors carry no code: "Connection terminated unexpectedly", a pool or connect timeout. */
const UNREACHABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery)/i;

/**
 * Why an error, or anything it wraps (cause chains of tRPC, next-auth and Prisma's driver-adapter metadata), says
 * the database could not be reached: the code, kind or message that did; null when it does not.
 */
export function unreachableReason(error: unknown): string | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 32) {
    const value = queue.shift();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (record.digest === DATABASE_UNAVAILABLE_DIGEST) return "SERVICE_UNAVAILABLE"; // our own, already translated
    for (const key of ["code", "originalCode", "kind"] as const) {
      const code = record[key];
      if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || UNREACHABLE_KINDS.has(code)))
        return code;
    }
    const message = typeof record.message === "string" ? UNREACHABLE_MESSAGE.exec(record.message) : null;
    if (message) return message[0];
    const meta = record.meta as Record<string, unknown> | undefined;
    queue.push(record.cause, record.err, record.originalError, meta?.driverAdapterError);
    if (Array.isArray(record.errors)) queue.push(...(record.errors as unknown[]));
  }
  return null;
}

export const isDatabaseUnreachable = (error: unknown) => unreachableReason(error) !== null;

export type OutageLog = Pick<Console, "warn" | "info">;

/**
 * The process's view of the database: up until a request fails to reach it, then down until a request (or the
 * probe, retried every `probeIntervalMs`) succeeds. Only the transitions are logged.
 */
export function createOutageMonitor(options: {
  log?: OutageLog;
  now?: () => number;
  probeIntervalMs?: number;
  probe?: () => Promise<unknown>;
}) {
  const { log = console, now = Date.now, probeIntervalMs = 1_000 } = options;
  let probe = options.probe;
  let downSince: number | null = null;
  let upSince = 0;
  let timer: NodeJS.Timeout | undefined;

  const scheduleProbe = () => {
    if (!probe || timer || downSince === null) return;
    timer = setTimeout(() => {
      timer = undefined;
      const startedAt = now();
      void probe?.().then(
        () => markUp(startedAt),
        () => scheduleProbe(),
      );
    }, probeIntervalMs);
    timer.unref();
  };
  /** A success of a request that started before the outage began (or the probe's) proves nothing: ignored. */
  function markUp(startedAt = now()) {
    if (downSince === null || startedAt < downSince) return;
    const seconds = ((now() - downSince) / 1000).toFixed(1);
    downSince = null;
    upSince = now();
    if (timer) clearTimeout(timer);
    timer = undefined;
    log.info(`[db] database reachable again after ${seconds} s; answering normally`);
  }
  return {
    /**
     * Record a failure that isDatabaseUnreachable recognised. A request that started before the database came
     * back proves nothing about now (it may have held a connection of the old server): ignored.
     */
    markDown(error: unknown, startedAt = now()) {
      if (downSince !== null || startedAt < upSince) return;
      downSince = now();
      log.warn(
        `[db] database unreachable (${unreachableReason(error) ?? "unknown"}); answering 503 until it is back`,
      );
      scheduleProbe();
    },
    markUp,
    isDown: () => downSince !== null,
    /** The check that detects the return without waiting for traffic (e.g. SELECT 1). */
    setProbe(check: () => Promise<unknown>) {
      probe = check;
      scheduleProbe();
    },
  };
}

export type OutageMonitor = ReturnType<typeof createOutageMonitor>;

/** One monitor per process, shared by every bundle Next builds (route handlers, pages, instrumentation). */
export function databaseOutage(): OutageMonitor {
  const registry = globalThis as { [key: symbol]: OutageMonitor | undefined };
  const key = Symbol.for("portal.databaseOutage");
  return (registry[key] ??= createOutageMonitor({}));
}

/** SERVICE_UNAVAILABLE (HTTP 503); the digest lets a page's error boundary show the outage message. */
export const databaseUnavailable = () =>
  Object.assign(new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE }), {
    digest: DATABASE_UNAVAILABLE_DIGEST,
  });

/** For catch blocks: an outage becomes SERVICE_UNAVAILABLE (and is recorded), anything else is rethrown as is. */
export function rethrowIfDatabaseUnreachable(error: unknown, startedAt?: number): never {
  if (isDatabaseUnreachable(error)) {
    databaseOutage().markDown(error, startedAt);
    throw databaseUnavailable();
  }
  throw error;
}

/**
 * For a tRPC middleware: a procedure that failed because the database is unreachable answers SERVICE_UNAVAILABLE
 * (HTTP 503); a procedure that succeeded shows the database is reachable.
 */
export async function answerOutageHonestly<R extends { ok: boolean; error?: unknown }>(
  next: () => Promise<R>,
): Promise<R> {
  const startedAt = Date.now();
  const result = await next();
  if (result.ok) databaseOutage().markUp(startedAt);
  else if (isDatabaseUnreachable(result.error)) rethrowIfDatabaseUnreachable(result.error, startedAt);
  return result;
}
