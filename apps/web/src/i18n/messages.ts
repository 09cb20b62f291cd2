import { locales, type Locale } from "@portal/validators";
import { namespaces } from "./namespaces";

type Messages = { [key: string]: string | Messages };

function deepMerge(base: Messages, override: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] = typeof value === "object" && typeof current === "object" ? deepMerge(current, value) : value;
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

/** The locale's messages over English, so anything untranslated falls back to English. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const english = await loadLocale("en");
  return locale === "en" ? english : deepMerge(english, await loadLocale(locale));
}

export const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);
