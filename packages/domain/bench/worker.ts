/**
 * Runs one solver on one instance in a fresh process and prints one JSON line:
 * { total, coldMs, timesMs, rssBeforeMB, maxRssMB }.
 * Usage: worker.ts <ours|munkres|munkres-js> <instance id> <runs> [warm-up runs]
 * Warm-up runs are solved but not timed (the JIT needs a few runs on small inputs); coldMs is the very first
 * run, warm-up or not.
 */
import { munkres } from "munkres";
import munkresJs from "munkres-js";
import { assignPeople } from "../src/index";
import { departmentOfColumn, expandedRows, instanceById, type Instance } from "./instances";

const [solver, instanceId, runsArg] = process.argv.slice(2);
const instance = instanceById(instanceId ?? "");
const runs = Number(runsArg ?? "3");
const warmups = Number(process.argv[5] ?? "0");

function runOurs(inst: Instance): number {
  const headcount = Array.from(inst.capacity, (max) => ({ min: 0, max }));
  return assignPeople({ fit: { rows: inst.people, cols: inst.departments, data: inst.fit }, headcount })
    .fitTotal;
}

/** Both baselines minimise, so they get 999 - fit, which is non-negative as munkres-js expects. */
function baselineTotal(inst: Instance, pairs: ArrayLike<ArrayLike<number>>): number {
  const departmentOf = departmentOfColumn(inst);
  let total = 0;
  for (let k = 0; k < pairs.length; k++) {
    const [row, column] = [pairs[k]![0]!, pairs[k]![1]!];
    total += inst.fit[row * inst.departments + departmentOf[column]!]!;
  }
  return total;
}

const timesMs: number[] = [];
let total = Number.NaN;
const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
for (let run = 0; run < warmups + runs; run++) {
  if (solver === "ours") {
    const start = performance.now();
    total = runOurs(instance);
    timesMs.push(performance.now() - start);
  } else {
    const cost = expandedRows(instance, (fit) => 999 - fit);
    const solve = solver === "munkres" ? munkres : solver === "munkres-js" ? munkresJs : null;
    if (!solve) throw new Error(`Unknown solver ${solver}`);
    const start = performance.now();
    const pairs = solve(cost);
    timesMs.push(performance.now() - start);
    total = baselineTotal(instance, pairs);
  }
}
const maxRssMB = process.resourceUsage().maxRSS / 1024;
const coldMs = timesMs[0];
process.stdout.write(
  `${JSON.stringify({ total, coldMs, timesMs: timesMs.slice(warmups), rssBeforeMB, maxRssMB })}\n`,
);
