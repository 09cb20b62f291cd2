import { NextResponse } from "next/server";
import { auth } from "@portal/auth";
import { databaseOutage } from "@portal/api/outage";
import { databaseUnavailablePage } from "@/server/outage-response";

/** Anonymous visitors go to the sign-in page; the pages themselves check role and session validity. */
export const proxy = auth((req) => {
  // While the database is known to be away, pages answer 503 at once instead of failing one by one.
  if (databaseOutage().isDown()) return databaseUnavailablePage(req.cookies.get("portal-locale")?.value);
  if (!req.auth) {
    const login = new URL("/login", req.nextUrl);
    if (req.nextUrl.pathname !== "/") login.searchParams.set("next", req.nextUrl.pathname);
    return NextResponse.redirect(login);
  }
});

export const config = { matcher: ["/((?!login|api|_next|favicon.ico|session-ended|verify).*)"] };
