import { prisma } from "@portal/db";
import { startJobs } from "./boss";
import { jobs } from "./definitions";
import { mailerFromEnv, type MailEnv, type MailLanguage } from "./mailer";

/**
 * The portal's jobs on its own database client: the web server starts them with its settings and never
 * touches the database package itself (README, "Architecture").
 */
export function startPortalJobs(settings: {
  connectionString: string;
  mail: MailEnv;
  mailLanguage: MailLanguage;
}) {
  return startJobs({
    connectionString: settings.connectionString,
    ctx: { db: prisma, now: () => new Date(), mailer: mailerFromEnv(settings.mail, settings.mailLanguage) },
    definitions: jobs,
  });
}
