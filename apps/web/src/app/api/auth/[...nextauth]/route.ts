import type { NextRequest } from "next/server";
import { handlers } from "@portal/auth";
import { crossSiteRefusal } from "@/server/request-guard";

export const { GET } = handlers;

/** next-auth checks its CSRF token too; a foreign Origin is refused before it gets that far. */
export async function POST(req: NextRequest) {
  return crossSiteRefusal(req) ?? handlers.POST(req);
}
