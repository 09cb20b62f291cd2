"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@portal/ui";

/** Copy text to the clipboard; false when the browser refuses (the text stays selectable on screen). */
export async function copyText(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The one-time password, shown once right after it was issued, in a clearly marked box. */
export function OneTimePassword({
  password,
  name,
  email,
}: {
  password: string;
  name: string;
  email: string;
}) {
  const t = useTranslations("users");
  const [copied, setCopied] = useState(false);
  return (
    <section
      aria-labelledby="otp-title"
      className="space-y-3 rounded-lg border-2 border-yellow-400 bg-yellow-50 p-5 text-yellow-950"
    >
      <h2 id="otp-title" className="text-lg font-semibold">
        {t("otpTitle")}
      </h2>
      <p className="text-sm">{t("otpBody", { name, email })}</p>
      <div className="flex flex-wrap items-center gap-3">
        <code
          data-testid="one-time-password"
          className="select-all rounded border border-yellow-300 bg-white px-3 py-2 font-mono text-lg tracking-wider"
        >
          {password}
        </code>
        <Button variant="secondary" size="sm" onClick={async () => setCopied(await copyText(password))}>
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <p className="text-sm font-semibold">{t("otpOnce")}</p>
    </section>
  );
}
