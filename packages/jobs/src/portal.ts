import { prisma } from "@portal/db";
import { startJobs } from "./boss";
import { jobs } from "./definitions";
import { mailerFromEnv, type MailEnv } from "./mailer";

/**
 * The portal's jobs on its own database client: the web server starts them with its settings and never
 * touches the database package itself (README, "Architecture").
 */
export function startPortalJobs(settings: { connectionString: string; mail: MailEnv }) {
  return startJobs({
    connectionString: settings.connectionString,
    ctx: { db: prisma, now: () => new Date(), mailer: mailerFromEnv(settings.mail) },
    definitions: jobs,
  });
}
