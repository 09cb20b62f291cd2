import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContext } from "@portal/api";
import { auth, clientAddress } from "@portal/auth";
import { crossSiteRefusal, nonJsonRefusal } from "@/server/request-guard";
import { MAX_TRPC_BATCH } from "@/trpc/limits";

const handler = async (req: Request) => {
  const refused = crossSiteRefusal(req) ?? nonJsonRefusal(req);
  if (refused) return refused;
  const session = await auth();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_TRPC_BATCH,
    createContext: () =>
      createContext({ claims: session?.user, ip: clientAddress(req.headers) ?? undefined }),
    // Every answer is about the signed-in user or what they may see: never cached by a browser or proxy.
    responseMeta: () => ({ headers: new Headers({ "Cache-Control": "no-store" }) }),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"}:`, error);
    },
  });
};

export { handler as GET, handler as POST };
