import { cache, type ReactNode } from "react";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { appRouter } from "@portal/api";
import { getContext } from "./server";
import { QUERY_STALE_MS, transferOptions } from "./query-defaults";

/**
 * One query cache per request: what the page prefetches into it (`await getQueryClient().prefetchQuery(...)`, in
 * parallel with `Promise.all` when there are several) is what `HydrateClient` hands to the browser. A refused or
 * failed query is not handed over (only successes are dehydrated): the client component asks again and shows its
 * own error state.
 */
export const getQueryClient = cache(
  () => new QueryClient({ defaultOptions: { queries: { staleTime: QUERY_STALE_MS }, ...transferOptions } }),
);

/**
 * The same query options as `useTRPC()` in a client component, called in-process with the request's context
 * (the same access checks as /api/trpc). `getQueryClient().prefetchQuery(trpcServer.x.y.queryOptions(input))` in a page puts
 * the answer into the first HTML: the client component's `useQuery` finds it and does not ask again.
 */
export const trpcServer = createTRPCOptionsProxy({
  router: appRouter,
  ctx: getContext,
  queryClient: getQueryClient,
});

/** Hands the request's prefetched queries to the browser's cache; must sit inside `TRPCReactProvider`. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
