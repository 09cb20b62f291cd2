/** The interface languages. Kept free of zod so client code (the language switcher) can import it alone. */
export const locales = ["en", "sv", "el", "fr", "tl", "da"] as const;
export type Locale = (typeof locales)[number];

export const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);
