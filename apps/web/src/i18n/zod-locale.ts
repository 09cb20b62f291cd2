import { useLocale } from "next-intl";
import { useEffect } from "react";
import { z } from "zod";
import type { Locale } from "@portal/validators/locales";

let configured: Locale | null = null;

/**
 * zod's own messages (a schema's checks without a `validation.*` key) in the user's language: sets zod's global
 * locale in the browser once per language (the packs load lazily, with the first form). The server renders a
 * refused input's messages in the caller's language itself (packages/api error-formatter.ts).
 */
export function useZodLocale() {
  const locale = useLocale();
  useEffect(() => {
    if (configured === locale) return;
    configured = locale;
    void import("@portal/validators/zod-locales").then(({ zodLocales }) => {
      if (configured === locale) z.config(zodLocales[locale]());
    });
  }, [locale]);
}
