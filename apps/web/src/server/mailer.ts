import { mailerFromEnv } from "@portal/jobs";
import { jobsEnv, portalTimeZone } from "@/env";
import { loadMessages } from "@/i18n/messages";

type Mailer = ReturnType<typeof mailerFromEnv>;
let mailer: Mailer | undefined;

/**
 * The SMTP mailer for mail sent within a request (the password-reset link, whose token is never stored, so it
 * cannot go through the mail job), or null when SMTP_URL is unset. The same settings and catalogue as the jobs'.
 */
export function requestMailer(): Mailer {
  mailer ??= mailerFromEnv(jobsEnv().mail, { messages: loadMessages, timeZone: portalTimeZone() });
  return mailer;
}
