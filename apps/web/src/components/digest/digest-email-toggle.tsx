"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert, Card } from "@portal/ui";
import { useAction } from "@/trpc/use-action";
import { setDigestEmailAction } from "@/actions/account";

/** The person's own setting: whether the weekly digest is also mailed (it is always in the app). */
export function DigestEmailToggle({ enabled }: { enabled: boolean }) {
  const t = useTranslations("digest");
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  // Shown at once; put back when the server refuses.
  const [checked, setChecked] = useState(enabled);
  const save = useAction(setDigestEmailAction);
  return (
    <Card aria-labelledby="digest-email-title">
      <h2 id="digest-email-title" className="font-medium text-ink">
        {t("emailTitle")}
      </h2>
      <label className="mt-3 flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5 h-4 w-4"
          checked={save.error ? enabled : checked}
          disabled={save.isPending || refreshing}
          onChange={(e) => {
            const next = e.target.checked;
            setChecked(next);
            save.mutate(next, { onSuccess: () => startTransition(() => router.refresh()) });
          }}
        />
        <span>{t("emailToggle")}</span>
      </label>
      <p className="mt-2 text-xs text-muted">{t("emailHint")}</p>
      {save.error ? (
        <Alert tone="danger" className="mt-2">
          {save.error}
        </Alert>
      ) : null}
    </Card>
  );
}
