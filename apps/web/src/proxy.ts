import { NextResponse } from "next/server";
import { auth } from "@portal/auth";
import { databaseOutage } from "@portal/api/outage";
import { databaseUnavailablePage } from "@/server/outage-response";

/** Paths that answer without a session (they check it themselves, or need none). */
const publicPrefixes = ["/login", "/api", "/session-ended", "/verify"];
const isPublic = (pathname: string) =>
  publicPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

/**
 * Whether every segment of the path is valid percent-encoding of UTF-8. Next decodes dynamic segments with
 * decodeURIComponent and, in production, answers 500 when that throws (`/admin/staff/%E0%A4%A`,
 * `/api/trpc/%ZZ`): such a request is the client's fault and is refused here with a 400 first.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Anonymous visitors go to the sign-in page; the pages themselves check role and session validity. */
export const proxy = auth((req) => {
  const { pathname } = req.nextUrl;
  if (!isDecodablePath(pathname)) {
    return new NextResponse("Bad request: the address is not valid percent-encoding.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // While the database is known to be away, pages answer 503 at once instead of failing one by one (API routes
  // answer for themselves: tRPC with its JSON 503, health checks with their states).
  if (!pathname.startsWith("/api/") && databaseOutage().isDown())
    return databaseUnavailablePage(req.cookies.get("portal-locale")?.value);
  if (isPublic(pathname)) return;
  if (!req.auth) {
    const login = new URL("/login", req.nextUrl);
    if (pathname !== "/") login.searchParams.set("next", pathname);
    return NextResponse.redirect(login);
  }
});

// Every path but static assets: a malformed path is refused everywhere, the sign-in redirect applies only
// to the pages that are not public (above).
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
