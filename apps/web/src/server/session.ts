import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth, loadSessionUser, type SessionUser } from "@portal/auth";
import type { Role } from "@portal/validators";
import { rethrowIfDatabaseUnreachable } from "@portal/api/outage";

/**
 * The signed-in user as the database sees them now (role, active, session version), once per request. A database
 * outage throws the SERVICE_UNAVAILABLE error whose digest the error page recognises.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return loadSessionUser(session?.user).catch(rethrowIfDatabaseUnreachable);
});

export const hasSession = cache(async () => !!(await auth())?.user);

/**
 * For pages: anonymous -> sign-in; a session the database no longer honours (deactivated, role or password
 * changed) -> signed out; a pending one-time password -> choose a new one; a role not allowed -> home (an area's
 * page), or with `denied: "forbidden"` a 403 page (a record's page: the address names something the role may not open).
 */
export async function requireUser(
  roles?: Role[],
  opts: { allowPendingPasswordChange?: boolean; denied?: "home" | "forbidden" } = {},
): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect((await hasSession()) ? "/session-ended" : "/login");
  if (user.mustChangePassword && !opts.allowPendingPasswordChange) redirect("/change-password");
  if (roles && !roles.includes(user.role)) {
    if (opts.denied === "forbidden") forbidden();
    redirect("/?denied=1");
  }
  return user;
}
