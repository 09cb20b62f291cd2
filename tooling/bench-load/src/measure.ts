import autocannon from "autocannon";
import { treeRssBytes, waitForIdle } from "./server";

export type Measurement = {
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts plus responses that were not 2xx. */
  errors: number;
  requests: number;
  peakRssBytes: number | null;
};

/**
 * Checks once that the target answers 200 (a wrong input or a missing sign-in would otherwise be measured as a
 * fast error), warms it up, then drives `connections` concurrent connections for `seconds` with autocannon.
 */
export async function measure(opts: {
  url: string;
  cookie: string | null;
  connections: number;
  seconds: number;
  serverPid: number;
}): Promise<Measurement> {
  const headers: Record<string, string> = opts.cookie ? { cookie: opts.cookie } : {};
  const probe = await fetch(opts.url, { headers });
  if (!probe.ok)
    throw new Error(`${opts.url} answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`);
  for (let i = 0; i < 2; i++) await (await fetch(opts.url, { headers })).arrayBuffer();
  await waitForIdle(opts.serverPid);

  let peak: number | null = null;
  const sample = () => {
    const rss = treeRssBytes(opts.serverPid);
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
  };
  const sampler = setInterval(sample, 500);
  try {
    const result = await autocannon({
      url: opts.url,
      headers,
      connections: opts.connections,
      duration: opts.seconds,
      timeout: 30,
    });
    sample();
    if (result.requests.total === 0)
      // Nothing finished within the run: every connection's request took longer than the run itself.
      return {
        reqPerSec: 0,
        p50: opts.seconds * 1000,
        p99: opts.seconds * 1000,
        errors: Math.max(opts.connections, result.errors + result.timeouts),
        requests: 0,
        peakRssBytes: peak,
      };
    return {
      // Completed requests over the run's duration (autocannon's average counts only finished seconds).
      reqPerSec: result.requests.total / (result.duration || opts.seconds),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
      peakRssBytes: peak,
    };
  } finally {
    clearInterval(sampler);
    await waitForIdle(opts.serverPid);
  }
}
