import superjson from "superjson";

/** How long a query's data counts as fresh: a page's server-rendered data is not asked for again on hydration. */
export const QUERY_STALE_MS = 10_000;

/**
 * Both sides of the server-to-browser hand-over of prefetched queries: the server serializes with the same
 * transformer as the tRPC link (dates and Maps survive), the browser's cache deserializes.
 */
export const transferOptions = {
  dehydrate: { serializeData: superjson.serialize },
  hydrate: { deserializeData: superjson.deserialize },
} as const;
