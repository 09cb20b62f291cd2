import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContext, RETRY_AFTER_SECONDS } from "@portal/api";
import { auth, clientIp } from "@portal/auth";

const handler = async (req: Request) => {
  const session = await auth();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // Unexpected errors are logged once, with the reference the client sees, by the api's error formatter.
    createContext: () => createContext({ claims: session?.user, ip: clientIp(req.headers) }),
    // A database outage is answered 503 (packages/api/src/outage.ts): tell clients when to try again.
    responseMeta: ({ errors }) =>
      errors.some((e) => e.code === "SERVICE_UNAVAILABLE")
        ? { headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } }
        : {},
  });
};

export { handler as GET, handler as POST };
