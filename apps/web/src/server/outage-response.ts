import { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from "@portal/api/outage-digest";
import { databaseOutage, isDatabaseUnreachable } from "@portal/api/outage";
import { isLocale } from "@/i18n/messages";
import da from "../../messages/da/common.json";
import el from "../../messages/el/common.json";
import en from "../../messages/en/common.json";
import fr from "../../messages/fr/common.json";
import sv from "../../messages/sv/common.json";
import tl from "../../messages/tl/common.json";

const byLocale: Record<string, unknown> = { da, el, en, fr, sv, tl };

/** The message in the visitor's locale (their cookie: the account's locale needs the database). */
function message(locale: string | undefined) {
  const text = (byLocale[isLocale(locale) ? locale : "en"] as { databaseUnavailable?: unknown } | undefined)
    ?.databaseUnavailable;
  return typeof text === "string" ? text : DATABASE_UNAVAILABLE_MESSAGE;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** A page request while the database is known to be away: 503 with Retry-After and a small localized page. */
export function databaseUnavailablePage(locale: string | undefined) {
  const lang = isLocale(locale) ? locale : "en";
  const text = escape(message(locale));
  return new Response(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>${text}</title></head>` +
      `<body style="font-family:system-ui,sans-serif;display:flex;min-height:100vh;align-items:center;justify-content:center;margin:0"><main role="alert" style="max-width:28rem;padding:1.5rem;border:1px solid #fde68a;background:#fefce8;border-radius:.5rem">${text}</main></body></html>`,
    {
      status: 503,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Retry-After": String(RETRY_AFTER_SECONDS),
        "Cache-Control": "no-store",
      },
    },
  );
}

/**
 * For route handlers (files, PDFs): a handler that failed because the database is unreachable answers 503 with
 * Retry-After and the generic message, and the outage monitor records it (one log line per outage), instead of a
 * 500 and a stack trace per request. Any other error is thrown on as before.
 */
export function answeringOutages<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    const startedAt = Date.now();
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      databaseOutage().markDown(error, startedAt);
      return Response.json(
        {
          code: "SERVICE_UNAVAILABLE",
          key: "databaseUnavailable",
          params: {},
          message: DATABASE_UNAVAILABLE_MESSAGE,
        },
        {
          status: 503,
          headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
        },
      );
    }
  };
}
