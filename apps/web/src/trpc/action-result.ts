import type { PublicError } from "@portal/api";

/**
 * What a server action that calls the API returns: its data, or the procedure's refusal (code, message key and
 * params, rendered with useServerErrorText; `message` is the English developer text, never shown).
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: PublicError };
