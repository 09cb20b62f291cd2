import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContext } from "@portal/api";
import { auth, clientIp } from "@portal/auth";

const handler = async (req: Request) => {
  const session = await auth();
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    // Unexpected errors are logged once, with the reference the client sees, by the api's error formatter.
    createContext: () => createContext({ claims: session?.user, ip: clientIp(req.headers) }),
  });
};

export { handler as GET, handler as POST };
