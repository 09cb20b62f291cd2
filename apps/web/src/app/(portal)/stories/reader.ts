import { redirect } from "next/navigation";
import { requireUser } from "@/server/session";

/** Stories are for people with a staff record and for heads, HR and admins (as the `stories` procedures check). */
export async function requireStoryReader() {
  const user = await requireUser();
  if (user.role === "STAFF" && !user.hasStaffRecord) redirect("/?denied=1");
  return { user, moderator: user.role !== "STAFF", writer: user.hasStaffRecord };
}
