/**
 * Next's startup hook: starts the background jobs in the Node server process (never on the edge runtime).
 */
export async function register() {
  // Read literally (not through env.ts) so Next can drop the Node-only import from any edge bundle.
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_RUNTIME === "nodejs")
    await (await import("./instrumentation-node")).startBackgroundJobs();
}
