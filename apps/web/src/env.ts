import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the portal with `npm start`."),
});

/** Validated on first use (not at import), so `next build` needs no database. */
export const env = () => schema.parse(process.env);

/** For the background jobs' startup: read without throwing, since a missing database must not stop the app. */
export const jobsEnv = () => ({
  building: process.env.NEXT_PHASE === "phase-production-build",
  disabled: process.env.JOBS_DISABLED === "1",
  databaseUrl: process.env.DATABASE_URL,
  /** SMTP_URL unset means in-app notifications only. */
  mail: {
    SMTP_URL: process.env.SMTP_URL,
    MAIL_FROM: process.env.MAIL_FROM,
    PORTAL_URL: process.env.PORTAL_URL,
    AUTH_URL: process.env.AUTH_URL,
  },
});

/** The migration folders this build was made with (next.config.ts bakes them in), for the readiness check. */
export const expectedMigrations = () => (process.env.PORTAL_MIGRATIONS ?? "").split(",").filter(Boolean);

/** Development relaxes the Content-Security-Policy for React's dev tooling (eval). */
export const isDevelopment = () => process.env.NODE_ENV === "development";

/** The portal's public address (links in mails, the verification address printed on certificates), if set. */
export const portalUrl = () => process.env.PORTAL_URL ?? process.env.AUTH_URL;

let timeZoneWarned = false;
/**
 * The company's time zone (IANA name, e.g. "Europe/Stockholm"): every date and time on screen is shown in it.
 * `PORTAL_TIME_ZONE`, default UTC; an unknown name is logged once and UTC is used.
 */
export function portalTimeZone(): string {
  const zone = process.env.PORTAL_TIME_ZONE?.trim();
  if (!zone) return "UTC";
  try {
    // Validates the name (a RangeError for an unknown zone); nothing is formatted here.
    // eslint-disable-next-line portal/no-hand-formatting -- validation only
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    if (!timeZoneWarned) console.warn(`PORTAL_TIME_ZONE=${zone} is not a time zone; using UTC.`);
    timeZoneWarned = true;
    return "UTC";
  }
}
