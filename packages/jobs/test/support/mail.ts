import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { MailLanguage } from "../../src";

type Messages = Awaited<ReturnType<MailLanguage["messages"]>>;

/** One namespace of the web app's own catalogue, as its server hands it to the mailers. */
export const webCatalogue = async (namespace: string, locale: string) =>
  JSON.parse(
    await readFile(
      new URL(`../../../../apps/web/messages/${locale}/${namespace}.json`, import.meta.url),
      "utf8",
    ),
  ) as Messages;

/** The first text part of a raw mail, undoing quoted-printable or base64. */
function bodyText(raw: string): string {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/Content-Transfer-Encoding: base64/i.test(head))
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  const unwrapped = body.replace(/=\r?\n/g, "");
  return Buffer.from(
    unwrapped.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");
}

export type ReceivedMail = { to: string[]; raw: string; text: string };

/**
 * An in-process SMTP server on an ephemeral port that keeps every mail it accepts (`received`), or refuses them
 * while `refuse()` says so (a mailbox that is unavailable).
 */
export async function startSmtpCapture({ refuse = () => false }: { refuse?: () => boolean } = {}) {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (refuse()) return callback(new Error("Mailbox unavailable"));
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: bodyText(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
