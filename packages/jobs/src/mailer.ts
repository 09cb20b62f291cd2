import nodemailer from "nodemailer";
import type { NotificationMailer } from "@portal/api/jobs";

/** Reads SMTP_URL, MAIL_FROM, PORTAL_URL and AUTH_URL. */
export type MailEnv = Record<string, string | undefined>;

/** How mails are written: the web app's message catalogue of a locale and the time zone dates are shown in. */
export type MailLanguage = Pick<NotificationMailer, "messages" | "timeZone">;

/**
 * The SMTP mailer when SMTP_URL is set (e.g. smtp://user:pass@mail.example.com:587), otherwise null: the
 * portal then notifies in-app only. Links in mails point at PORTAL_URL (or AUTH_URL); each mail is written in
 * its recipient's language.
 */
export function mailerFromEnv(env: MailEnv, language: MailLanguage): NotificationMailer | null {
  if (!env.SMTP_URL) return null;
  const transport = nodemailer.createTransport(env.SMTP_URL);
  const from = env.MAIL_FROM ?? "Onboarding portal <no-reply@portal.invalid>";
  return {
    ...language,
    baseUrl: env.PORTAL_URL ?? env.AUTH_URL ?? "http://localhost:3000",
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
      });
    },
  };
}
