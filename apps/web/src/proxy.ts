import { NextResponse, type NextRequest } from "next/server";
import { auth, readSessionToken } from "@portal/auth";
import { databaseOutage } from "@portal/api/outage";
import { databaseUnavailablePage } from "@/server/outage-response";
import {
  contentSecurityPolicy,
  createNonce,
  STRICT_TRANSPORT_SECURITY,
} from "@/server/content-security-policy";
import { isDevelopment } from "@/env";

/** Pages anyone may open: no sign-in redirect, but the same security headers. */
const PUBLIC_PAGES = /^\/(login|forgot-password|reset-password|session-ended|verify|icon\.svg)(\/|$)/;
const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

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
const pageProxy = auth((req) => {
  const { pathname } = req.nextUrl;
  // An API request comes here only to renew its session cookie (next-auth adds it to this response).
  if (isApi(pathname)) return;
  // While the database is known to be away, pages answer 503 at once instead of failing one by one.
  if (databaseOutage().isDown()) return databaseUnavailablePage(req.cookies.get("portal-locale")?.value);
  if (!req.auth && !PUBLIC_PAGES.test(pathname)) {
    const login = new URL("/login", req.nextUrl);
    if (pathname !== "/") login.searchParams.set("next", pathname);
    return NextResponse.redirect(login);
  }
  return withSecurityHeaders(req);
});

/**
 * Malformed paths are refused everywhere. API routes answer for themselves (tRPC with its JSON 503 in an
 * outage, health checks with their states; their headers come from next.config.ts and the handlers) and read
 * the session cookie themselves: next-auth's full `auth()` round (decrypt, re-encrypt, render) runs here for
 * them only when the cookie is due for renewal (its rolling expiry), not on every call.
 */
export async function proxy(req: NextRequest, ctx: Parameters<typeof pageProxy>[1]) {
  const { pathname } = req.nextUrl;
  if (!isDecodablePath(pathname)) {
    return new NextResponse("Bad request: the address is not valid percent-encoding.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  if (isApi(pathname)) {
    if (pathname.startsWith("/api/auth/")) return;
    const token = await readSessionToken(req.cookies);
    if (!token?.renewDue) return;
  }
  return pageProxy(req, ctx);
}

/**
 * A fresh nonce per page: the policy goes on the request too, where Next reads the nonce for its own
 * scripts (which makes every page dynamic, as they already are: each reads the session or the locale).
 */
function withSecurityHeaders(req: NextRequest) {
  const https = req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https";
  const policy = contentSecurityPolicy({ nonce: createNonce(), https, development: isDevelopment() });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

// Every path but static assets: a malformed path is refused everywhere, API routes included.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
