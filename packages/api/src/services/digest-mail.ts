/**
 * The weekly digest's e-mail (issue 18, item 5): plain text and HTML, the surrounding text in the recipient's
 * language (web messages `notifications.kinds.weeklyDigest` and `notifications.digestMail`), the stories' titles
 * and excerpts in the language they were written in (marked with `lang` in the HTML). Every value is escaped.
 */
import { isTimeZone } from "@portal/validators";
import { locales, type Locale } from "@portal/validators/locales";
import type { DigestContent } from "@portal/domain";
import { createFormatter, createTranslator, type AbstractIntlMessages } from "use-intl/core";

type Recipient = { name: string; locale: string; timeZone: string | null };
type MailSettings = {
  baseUrl: string;
  messages: (locale: Locale) => Promise<AbstractIntlMessages>;
  timeZone: string;
};

const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export async function composeDigestMail(
  n: Recipient,
  content: DigestContent,
  mailer: MailSettings,
): Promise<{ subject: string; text: string; html: string }> {
  const locale = isLocale(n.locale) ? n.locale : "en";
  const timeZone = n.timeZone && isTimeZone(n.timeZone) ? n.timeZone : mailer.timeZone;
  const t = createTranslator({
    locale,
    messages: await mailer.messages(locale),
    namespace: "notifications",
    timeZone,
    // A message missing from the catalogue must fail this send (it is retried later), not mail its key.
    onError: (error) => {
      throw error;
    },
  });
  // The catalogue is typed in the web app; here a key is checked at run time (onError above).
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const format = createFormatter({ locale, timeZone });
  const weekOf = format.dateTime(new Date(`${content.weekOf}T12:00:00Z`), { dateStyle: "long" });
  const url = (path: string) => new URL(path, mailer.baseUrl).toString();
  const digestUrl = url(`/digest?week=${content.weekOf}`);

  const subject = translate("kinds.weeklyDigest.title", { weekOf });
  const text: string[] = [
    translate("mail.greeting", { name: n.name }),
    "",
    translate("digestMail.intro", { weekOf }),
  ];
  const html: string[] = [
    `<p>${escapeHtml(translate("mail.greeting", { name: n.name }))}</p>`,
    `<p>${escapeHtml(translate("digestMail.intro", { weekOf }))}</p>`,
  ];
  for (const section of content.sections) {
    text.push("", `== ${section.segment.name} ==`, "", translate("digestMail.storiesHeading"));
    html.push(
      `<h2>${escapeHtml(section.segment.name)}</h2>`,
      `<h3>${escapeHtml(translate("digestMail.storiesHeading"))}</h3>`,
    );
    if (section.stories.length === 0) {
      text.push(translate("digestMail.noStories"));
      html.push(`<p>${escapeHtml(translate("digestMail.noStories"))}</p>`);
    } else {
      html.push("<ul>");
      for (const story of section.stories) {
        const link = url(`/stories/${encodeURIComponent(story.id)}`);
        text.push(`- ${story.title}`, `  ${story.excerpt}`, `  ${link}`);
        const lang = escapeHtml(story.language);
        html.push(
          `<li><a href="${escapeHtml(link)}" lang="${lang}">${escapeHtml(story.title)}</a>` +
            `<br><span lang="${lang}">${escapeHtml(story.excerpt)}</span></li>`,
        );
      }
      html.push("</ul>");
    }
    const themesHeading = translate("digestMail.themesHeading", { count: section.feedbackTotal });
    text.push("", themesHeading);
    html.push(`<h3>${escapeHtml(themesHeading)}</h3>`);
    if (section.themes.length === 0) {
      text.push(translate("digestMail.noThemes"));
      html.push(`<p>${escapeHtml(translate("digestMail.noThemes"))}</p>`);
    } else {
      html.push("<ul>");
      for (const theme of section.themes) {
        const line = translate("digestMail.theme", {
          tag: theme.tag,
          count: theme.count,
          trend: theme.isNew ? "new" : theme.rising ? "rising" : "steady",
        });
        text.push(`- ${line}`);
        html.push(`<li>${escapeHtml(line)}</li>`);
      }
      html.push("</ul>");
    }
  }
  const open = translate("mail.open", { url: digestUrl });
  const settings = translate("digestMail.settings", { url: digestUrl });
  text.push("", open, "", settings);
  html.push(
    `<p><a href="${escapeHtml(digestUrl)}">${escapeHtml(translate("digestMail.openLink"))}</a></p>`,
    `<p style="color:#555">${escapeHtml(settings)}</p>`,
  );
  return {
    subject,
    text: text.join("\n"),
    html: `<!doctype html><html lang="${locale}"><body>${html.join("\n")}</body></html>`,
  };
}
