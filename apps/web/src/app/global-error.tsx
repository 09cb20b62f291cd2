"use client";
import { useEffect, useState } from "react";
import { locales, type Locale } from "@portal/validators/locales";

type Texts = { title: string; text: string; retry: string; lang: Locale };

/** The locale without the root layout (which failed): the language cookie, else the browser's languages, else en. */
function visitorLocale(): Locale {
  const cookie = /(?:^|;\s*)portal-locale=([^;]+)/.exec(document.cookie)?.[1];
  const wanted = [cookie, ...navigator.languages.map((l) => l.slice(0, 2).toLowerCase())];
  return (wanted.find((l) => (locales as readonly unknown[]).includes(l)) as Locale | undefined) ?? "en";
}

const asText = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * The root layout itself failed (Next's global error boundary): no intl provider, so this page loads its few
 * messages of the visitor's locale itself, lazily (it is part of every page's bundle), and shows nothing until
 * they are there. The message of the error never reaches the browser in production.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [texts, setTexts] = useState<Texts | null>(null);
  useEffect(() => {
    const lang = visitorLocale();
    void Promise.all([
      import(`../../messages/${lang}/states.json`),
      import(`../../messages/${lang}/common.json`),
    ]).then(([states, common]: { default: Record<string, unknown> }[]) =>
      setTexts({
        lang,
        title: asText((states?.default.error as Record<string, unknown> | undefined)?.title),
        text: asText(common?.default.unexpectedError),
        retry: asText(common?.default.retry),
      }),
    );
  }, []);
  return (
    <html lang={texts?.lang ?? "en"}>
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0 }}>
        <main
          id="main"
          style={{ display: "flex", minHeight: "100vh", alignItems: "center", justifyContent: "center" }}
        >
          {texts ? (
            <div role="alert" style={{ maxWidth: "28rem", padding: "1.5rem" }}>
              <h1 style={{ fontSize: "1.25rem" }}>{texts.title}</h1>
              <p>{texts.text}</p>
              <button type="button" onClick={reset}>
                {texts.retry}
              </button>
            </div>
          ) : null}
        </main>
      </body>
    </html>
  );
}
