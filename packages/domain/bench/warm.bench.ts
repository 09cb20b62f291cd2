/**
 * Warm-start benchmark: a change of one department's capacity re-solved from the previous solution
 * (`AssignmentSession.setMax`) against a cold `assignPeople` of the same changed input, at the staffing size
 * (10,500 people x 201 departments, seeded fit 0-999, capacities 5% above the people). Every change is checked:
 * the warm objective must equal the cold one (exit 1 otherwise). Prints each change and the medians.
 *
 *   npm run bench:warm -w @portal/domain -- [--people 10500] [--departments 201] [--changes 12]
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { assignPeople, AssignmentSession } from "../src/assignment";
import { capacitatedInstance, seededRandom } from "./instances";

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "10500" },
    departments: { type: "string", default: "201" },
    changes: { type: "string", default: "12" },
  },
});
const people = Number(values.people);
const departments = Number(values.departments);
const instance = capacitatedInstance(people, departments);
const fit = { rows: people, cols: departments, data: instance.fit };
const current = Int32Array.from({ length: people }, (_, i) => i % departments);
let headcount = Array.from(instance.capacity, (c) => ({ min: 0, max: Math.ceil(c * 1.05) }));
const input = { fit, headcount, current, moveCost: 50 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

let t = performance.now();
const session = new AssignmentSession(input);
const startMs = performance.now() - t;
console.log(`instance: ${people} people x ${departments} departments, Node ${process.version}`);
console.log(`session start (cold solve + solver state): ${ms(startMs)}\n`);
console.log("| change | department | capacity | warm | cold | ratio cold/warm | objective warm = cold |");
console.log("| ---: | ---: | --- | ---: | ---: | ---: | --- |");

const random = seededRandom(42);
const warm: number[] = [];
const cold: number[] = [];
let mismatch = false;
for (let k = 0; k < Number(values.changes); k++) {
  const d = Math.floor(random() * departments);
  const before = headcount[d]!.max;
  // Alternately down and up, by 1 to 20 places (down never below 0).
  const step = 1 + Math.floor(random() * 20);
  const max = k % 2 === 0 ? Math.max(0, before - step) : before + step;
  headcount = headcount.map((h, j) => (j === d ? { min: 0, max } : h));
  t = performance.now();
  const w = session.setMax(d, max);
  const warmMs = performance.now() - t;
  t = performance.now();
  const c = assignPeople({ ...input, headcount });
  const coldMs = performance.now() - t;
  warm.push(warmMs);
  cold.push(coldMs);
  const same = w.value === c.value;
  mismatch ||= !same;
  console.log(
    `| ${k + 1} | ${d} | ${before} -> ${max} | ${ms(warmMs)} | ${ms(coldMs)} | ${(coldMs / warmMs).toFixed(1)}x | ${same ? "yes" : `NO (${w.value} vs ${c.value})`} |`,
  );
}
console.log(
  `\nmedian: warm ${ms(median(warm))}, cold ${ms(median(cold))}, ratio ${(median(cold) / median(warm)).toFixed(1)}x; max warm ${ms(Math.max(...warm))}`,
);
if (mismatch) {
  console.error("A warm objective differs from the cold one.");
  process.exitCode = 1;
}
