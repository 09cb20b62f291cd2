import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@portal/auth";
import {
  contentSecurityPolicy,
  createNonce,
  STRICT_TRANSPORT_SECURITY,
} from "@/server/content-security-policy";
import { isDevelopment } from "@/env";

/** Pages anyone may open: no sign-in redirect, but the same security headers. */
const PUBLIC_PAGES = /^\/(login|session-ended|verify)(\/|$)/;

/** Anonymous visitors go to the sign-in page; the pages themselves check role and session validity. */
export const proxy = auth((req) => {
  if (!req.auth && !PUBLIC_PAGES.test(req.nextUrl.pathname)) {
    const login = new URL("/login", req.nextUrl);
    if (req.nextUrl.pathname !== "/") login.searchParams.set("next", req.nextUrl.pathname);
    return NextResponse.redirect(login);
  }
  return withSecurityHeaders(req);
});

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

// Pages only: API routes answer JSON or files (their headers come from next.config.ts and the handlers).
export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"] };
