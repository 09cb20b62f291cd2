"use client";
import { useState } from "react";
import { Button } from "@portal/ui";
import { copyText } from "@/components/users/one-time-password";

/**
 * A secret the server returns once (a webhook's signing secret, an API token), in a clearly marked box with a copy
 * button and the warning that it will not be shown again. The texts come from the caller's namespace.
 */
export function SecretOnce({
  secret,
  testId,
  texts,
  onDone,
}: {
  secret: string;
  testId: string;
  texts: { title: string; body: string; warning: string; copy: string; copied: string; done: string };
  onDone: () => void;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <section
      aria-labelledby={`${testId}-title`}
      className="space-y-3 rounded-lg border-2 border-yellow-400 bg-yellow-50 p-5 text-yellow-950"
    >
      <h2 id={`${testId}-title`} className="text-lg font-semibold">
        {texts.title}
      </h2>
      <p className="text-sm">{texts.body}</p>
      <div className="flex flex-wrap items-center gap-3">
        <code
          data-testid={testId}
          className="select-all break-all rounded border border-yellow-300 bg-white px-3 py-2 font-mono text-sm"
        >
          {secret}
        </code>
        <Button variant="secondary" size="sm" onClick={async () => setCopied(await copyText(secret))}>
          {copied ? texts.copied : texts.copy}
        </Button>
      </div>
      <p className="text-sm font-semibold">{texts.warning}</p>
      <Button size="sm" onClick={onDone}>
        {texts.done}
      </Button>
    </section>
  );
}
