import { signOut } from "@portal/auth";

/** Clears a session the database no longer honours (deactivated, role or password changed). */
export async function GET() {
  await signOut({ redirectTo: "/login?reason=ended" });
}
