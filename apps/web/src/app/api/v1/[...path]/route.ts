import type { NextRequest } from "next/server";
import { createContext } from "@portal/api";
import { restHandler } from "@portal/api/rest";
import { clientAddress } from "@portal/auth";

/**
 * The REST API (issue 19; packages/api/src/rest.ts). Only `Authorization: Bearer <secret>` authenticates a call:
 * cookies are never read, so a browser's session cannot be ridden from another site (no CSRF surface). Without a
 * token the caller is anonymous and every operation answers 401.
 */
const BEARER = /^Bearer\s+(\S+)\s*$/i;

const handler = (req: NextRequest) => {
  const secret = BEARER.exec(req.headers.get("authorization") ?? "")?.[1] ?? null;
  return restHandler(req, () =>
    createContext({
      claims: null,
      apiToken: secret,
      ip: clientAddress(req.headers) ?? undefined,
      mailer: null,
    }),
  );
};

export { handler as GET, handler as POST, handler as PATCH, handler as PUT, handler as DELETE };
