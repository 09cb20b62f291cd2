import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { benchEnv } from "./env";

export type Server = { base: string; child: ChildProcess; stop: () => Promise<void> };

/** Starts `apps/web`'s production server (`npm run start`) in its own process group, and waits until it answers. */
export async function startServer(opts: {
  repoRoot: string;
  port: number;
  databaseUrl: string;
  /** Write a V8 CPU profile of the server into this folder when it stops (`node --cpu-prof`). */
  cpuProfileDir?: string;
}): Promise<Server> {
  const base = `http://127.0.0.1:${opts.port}`;
  // `npm run start -w @portal/web` is `node scripts/start.mjs` there; node is started directly to profile it
  // (NODE_OPTIONS may not carry --cpu-prof).
  const [command, args, cwd] = opts.cpuProfileDir
    ? [
        process.execPath,
        ["--cpu-prof", `--cpu-prof-dir=${opts.cpuProfileDir}`, "scripts/start.mjs"],
        `${opts.repoRoot}apps/web`,
      ]
    : ["npm", ["run", "start", "-w", "@portal/web"], opts.repoRoot];
  const child = spawn(command, args, {
    cwd,
    detached: true, // its own process group, so stop() ends npm, next and its workers together
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...benchEnv.inherited(),
      NODE_ENV: "production",
      PORT: String(opts.port),
      DATABASE_URL: opts.databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      // Scheduled jobs would compete with the measured requests; the load run measures requests only.
      JOBS_DISABLED: "1",
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    process.kill(-child.pid, "SIGTERM");
    const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!killed) process.kill(-child.pid, "SIGKILL");
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the web server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/auth/csrf`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the web server did not answer within 180 s");
    }
    await sleep(500);
  }
  return { base, child, stop };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A process and all its descendants, from /proc (Linux); null elsewhere. */
function processTree(rootPid: number): number[] | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name is in parentheses and may contain spaces: the parent pid is the 2nd field after ")".
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(name));
      children.set(parent, list);
    } catch {
      // the process ended while we read
    }
  }
  const tree: number[] = [];
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

const readOr = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return ""; // the process ended
  }
};

/** Resident memory (bytes) of the server's processes; null where /proc is not there. */
export function treeRssBytes(rootPid: number): number | null {
  const tree = processTree(rootPid);
  if (!tree) return null;
  let total = 0;
  for (const pid of tree) {
    const match = /VmRSS:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/status`));
    if (match) total += Number(match[1]) * 1024;
  }
  return total;
}

/** CPU time (clock ticks) the server's processes used so far. */
function treeCpuTicks(rootPid: number): number | null {
  const tree = processTree(rootPid);
  if (!tree) return null;
  let total = 0;
  for (const pid of tree) {
    const stat = readOr(`/proc/${pid}/stat`);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    total += Number(fields[11]) + Number(fields[12]); // utime, stime
  }
  return total;
}

/**
 * Waits until the server is idle (under a tenth of a core over a second): requests a load run abandoned at its
 * end are still being served, and would otherwise be measured as part of the next target.
 */
export async function waitForIdle(rootPid: number, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  const first = treeCpuTicks(rootPid);
  if (first === null) return sleep(2000);
  let last: number = first;
  while (Date.now() < deadline) {
    await sleep(1000);
    const now: number = treeCpuTicks(rootPid) ?? last;
    if (now - last < 10) return; // 10 ticks = 0.1 s of CPU in the last second
    last = now;
  }
  console.warn("[bench] the server was still busy after the previous target");
}
