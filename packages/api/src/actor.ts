import type { SessionUser } from "@portal/auth/session";

/**
 * Who calls a service: the signed-in user as the tRPC context re-read them (`ctx.user`). Services decide scope
 * and write audit rows from the id and the role only, so jobs and tests can pass a plain `{ id, role }`.
 */
export type Actor = Pick<SessionUser, "id" | "role">;
