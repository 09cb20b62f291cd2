import { locales, type Locale } from "@portal/validators";
import { namespaces } from "./namespaces";

type Messages = { [key: string]: string | Messages };

// Messages are precompiled at build time (next.config.ts): a message is a string or an array (its compiled ICU
// form), so only plain objects are groups of messages to merge.
const isGroup = (value: unknown): value is Messages =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function deepMerge(base: Messages, override: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] = isGroup(value) && isGroup(current) ? deepMerge(current, value) : value;
  }
  return out;
}

async function loadLocale(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      try {
        return [ns, (await import(`../../messages/${locale}/${ns}.json`)).default as Messages] as const;
      } catch {
        return [ns, {}] as const; // untranslated namespace: English shows through
      }
    }),
  );
  return Object.fromEntries(entries);
}

// Client messages are not split per route subtree: the root layout's NextIntlClientProvider passes every namespace,
// so a new subtree (e.g. /readiness) only adds its namespace to namespaces.ts and messages/<locale>/. What a new
// subtree does need is TRPCReactProvider in its layout.tsx if its client components call useTRPC (trpc/react.tsx).

/** The locale's messages over English, so anything untranslated falls back to English. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const english = await loadLocale("en");
  return locale === "en" ? english : deepMerge(english, await loadLocale(locale));
}

export const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);
