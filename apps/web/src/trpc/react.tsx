"use client";
import { QueryClient, QueryClientProvider, MutationCache } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@portal/api";
import { onChange } from "./changes";
import { MAX_TRPC_BATCH } from "./limits";
import { QUERY_STALE_MS, transferOptions } from "./query-defaults";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      ...transferOptions,
      queries: {
        staleTime: QUERY_STALE_MS,
        retry: (count, error) => {
          // A refused or invalid call will not succeed on retry; a session that ended must reach the sign-in page.
          if (error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED") {
            window.location.assign("/session-ended");
            return false;
          }
          return !(error instanceof TRPCClientError && error.data?.httpStatus < 500) && count < 2;
        },
      },
    },
    mutationCache: new MutationCache({
      onError: (error) => {
        if (error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED")
          window.location.assign("/session-ended");
      },
    }),
  });
}

const makeTRPCClient = () =>
  createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: MAX_TRPC_BATCH })],
  });

// One cache and one client per browser tab: the provider sits in the layouts of the areas that fetch from the
// client (not in the root layout, so the course player and the header do not load TanStack Query and the tRPC
// client), and moving between those areas must keep the cache. On the server each render gets its own.
let browser: { queryClient: QueryClient; trpcClient: ReturnType<typeof makeTRPCClient> } | undefined;
function clients() {
  if (typeof window === "undefined") return { queryClient: makeQueryClient(), trpcClient: makeTRPCClient() };
  if (!browser) {
    const queryClient = makeQueryClient();
    // Changes made outside this cache (the course player's server actions) make that area's queries stale.
    onChange((area) => void queryClient.invalidateQueries({ queryKey: [[area]] }));
    browser = { queryClient, trpcClient: makeTRPCClient() };
  }
  return browser;
}

/**
 * TanStack Query and tRPC for the client components below it. Neither the root nor the portal layout provides it:
 * a new route subtree whose client components call `useTRPC()` adds `app/(portal)/<area>/layout.tsx` with
 * `export default function Layout({ children }: { children: ReactNode }) { return <TRPCReactProvider>{children}</TRPCReactProvider>; }`
 * (as admin/, hiring/, readiness/, coverage/ do), or wraps the component in its page.tsx. Without it `useTRPC()`
 * throws at render.
 */
export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [{ queryClient, trpcClient }] = useState(clients);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
