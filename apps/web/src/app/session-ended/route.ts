import { redirect } from "next/navigation";
import { signOut } from "@portal/auth";
import { getCurrentUser, hasSession } from "@/server/session";

/**
 * Clears a session the database no longer honours (deactivated, role or password changed). The browser comes here
 * when a call was refused as signed out; that answer may arrive late, from a page already left (a poll in flight
 * while its reader signed out and in again): a session the database still honours is kept and sent home, and
 * without any session there is no cookie to clear (clearing it could race the sign-in being made).
 */
export async function GET() {
  if (await getCurrentUser()) redirect("/");
  if (!(await hasSession())) redirect("/login?reason=ended");
  await signOut({ redirectTo: "/login?reason=ended" });
}
