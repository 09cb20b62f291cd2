import { NextResponse } from "next/server";
import { auth } from "@portal/auth";

/** Anonymous visitors go to the sign-in page; the pages themselves check role and session validity. */
export const proxy = auth((req) => {
  if (!req.auth) {
    const login = new URL("/login", req.nextUrl);
    if (req.nextUrl.pathname !== "/") login.searchParams.set("next", req.nextUrl.pathname);
    return NextResponse.redirect(login);
  }
});

export const config = { matcher: ["/((?!login|api|_next|favicon.ico|session-ended|verify).*)"] };
