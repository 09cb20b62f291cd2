"use client";
import { QueryClient, QueryClientProvider, MutationCache } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@portal/api";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
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
        if (error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED") window.location.assign("/session-ended");
      },
    }),
  });
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })] }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
