import type { Measurement } from "./measure";
import type { Target } from "./targets";

/** The issue's targets: share of the baseline's req/s by kind of page, and for every target p99 and errors. */
export const MIN_SHARE = { page: 0.5, analytic: 0.15 } as const;
export const MAX_P99_MS = 1000;

export type Row = {
  name: string;
  kind: Target["kind"];
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  rssMb: number | null;
  share: number | null;
  pass: boolean | null;
  why: string;
};

export function verdict(results: { target: Target; m: Measurement }[]) {
  const baselines = results.filter((r) => r.target.kind === "baseline").map((r) => r.m.reqPerSec);
  // The baseline runs first and last; the share uses their mean so a drift over the run counts half.
  const baselineReqPerSec = baselines.reduce((a, b) => a + b, 0) / Math.max(1, baselines.length);
  const rows: Row[] = results.map(({ target, m }) => {
    const share = baselineReqPerSec > 0 ? m.reqPerSec / baselineReqPerSec : null;
    const rssMb = m.peakRssBytes === null ? null : Math.round(m.peakRssBytes / 2 ** 20);
    if (target.kind === "baseline")
      return { name: target.name, kind: target.kind, ...pick(m), rssMb, share, pass: null, why: "" };
    const why: string[] = [];
    const min = MIN_SHARE[target.kind];
    if (share === null || share < min) why.push(`req/s < ${min * 100}% of baseline`);
    if (m.p99 > MAX_P99_MS) why.push(`p99 > ${MAX_P99_MS} ms`);
    if (m.errors > 0) why.push("errors");
    return {
      name: target.name,
      kind: target.kind,
      ...pick(m),
      rssMb,
      share,
      pass: why.length === 0,
      why: why.join(", "),
    };
  });
  return { baselineReqPerSec, rows };
}

const pick = (m: Measurement) => ({ reqPerSec: m.reqPerSec, p50: m.p50, p99: m.p99, errors: m.errors });

/** A Markdown table, so a run's output can go into BENCHMARKS.md as printed. */
export function formatTable(report: ReturnType<typeof verdict>): string {
  const lines = [
    "| target | kind | req/s | share of baseline | p50 ms | p99 ms | errors | server RSS MB | result |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const r of report.rows)
    lines.push(
      `| ${r.name} | ${r.kind} | ${r.reqPerSec.toFixed(1)} | ${r.share === null ? "" : `${(r.share * 100).toFixed(0)}%`} | ` +
        `${r.p50} | ${r.p99} | ${r.errors} | ${r.rssMb ?? "n/a"} | ` +
        `${r.pass === null ? "" : r.pass ? "PASS" : `FAIL (${r.why})`} |`,
    );
  return lines.join("\n");
}
