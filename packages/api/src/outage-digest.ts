/** Shared with client components (the error page), so nothing here may import server code. */
export const DATABASE_UNAVAILABLE_MESSAGE = "The portal cannot reach its database; try again in a minute.";
/** The digest an outage error carries, so the error page (whose message is hidden in production) recognises it. */
export const DATABASE_UNAVAILABLE_DIGEST = "PORTAL_DATABASE_UNAVAILABLE";
/** Sent as Retry-After; the portal usually answers again within seconds of the database's return. */
export const RETRY_AFTER_SECONDS = 30;
