import type { NextRequest } from "next/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContext, RETRY_AFTER_SECONDS } from "@portal/api";
import { clientAddress, readSessionToken } from "@portal/auth";
import { requestMailer } from "@/server/mailer";
import { crossSiteRefusal, nonJsonRefusal } from "@/server/request-guard";
import { MAX_TRPC_BATCH } from "@/trpc/limits";

const handler = async (req: NextRequest) => {
  const refused = crossSiteRefusal(req) ?? nonJsonRefusal(req);
  if (refused) return refused;
  // The cookie's claims only: the database decides on every request whether they are still honoured
  // (createContext -> loadSessionUser); the proxy renews the cookie's expiry (proxy.ts).
  const token = await readSessionToken(req.cookies);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_TRPC_BATCH,
    // Unexpected errors are logged once, with the reference the client sees, by the api's error formatter.
    createContext: () =>
      createContext({
        claims: token?.claims,
        ip: clientAddress(req.headers) ?? undefined,
        mailer: requestMailer(),
      }),
    // Every answer is about the signed-in user or what they may see: never cached by a browser or proxy. A
    // database outage is answered 503 (packages/api/src/outage.ts): tell clients when to try again.
    responseMeta: ({ errors }) => {
      const headers = new Headers({ "Cache-Control": "no-store" });
      if (errors.some((e) => e.code === "SERVICE_UNAVAILABLE"))
        headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
      return { headers };
    },
  });
};

export { handler as GET, handler as POST };
