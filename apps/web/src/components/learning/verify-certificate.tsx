"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { certificateCodeInput } from "@portal/validators";
import { Alert, Badge, Button, Card, FormField, Input } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { useErrorText } from "@/components/forms/use-form-errors";

/** Public check of a certificate code: holder, course, dates and validity. Works signed out. */
export function VerifyCertificate({ initialCode }: { initialCode: string }) {
  const t = useTranslations("learning");
  const errorText = useErrorText();
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const parsed = certificateCodeInput.safeParse({ code: initialCode });
  const query = useQuery({
    ...trpc.learning.verifyCertificate.queryOptions({ code: initialCode }),
    enabled: parsed.success,
  });
  const [error, setError] = useState<string | null>(null);
  const r = query.data;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <div className="space-y-4">
      <Card>
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            const check = certificateCodeInput.safeParse({ code });
            if (!check.success) return setError(check.error.issues[0]?.message ?? "validation.required");
            setError(null);
            router.replace(`/verify?code=${encodeURIComponent(check.data.code)}`);
          }}
        >
          <div className="min-w-0 flex-1">
            <FormField id="code" label={t("code")} error={errorText(error ?? undefined)}>
              {(aria) => (
                <Input
                  {...aria}
                  name="code"
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                  autoComplete="off"
                  placeholder="CERT-XXXX-XXXX"
                />
              )}
            </FormField>
          </div>
          <Button type="submit">{t("check")}</Button>
        </form>
      </Card>
      {parsed.success ? (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
          {r && !r.found ? <Alert tone="warning">{t("notFound")}</Alert> : null}
          {r && r.found ? (
            <Card aria-labelledby="verify-result">
              <h2 id="verify-result" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                {r.course}{" "}
                <Badge tone={r.valid ? "success" : "danger"}>{r.valid ? t("valid") : t("invalid")}</Badge>
              </h2>
              <dl className="mt-3 grid gap-3 sm:grid-cols-3">
                <div>
                  <dt className="text-sm text-gray-700">{t("holder")}</dt>
                  <dd className="font-medium">{r.holder}</dd>
                </div>
                <div>
                  <dt className="text-sm text-gray-700">{t("issued")}</dt>
                  <dd className="font-medium">{date(r.issuedAt)}</dd>
                </div>
                <div>
                  <dt className="text-sm text-gray-700">{t("expiresOn")}</dt>
                  <dd className="font-medium">{r.expiresAt ? date(r.expiresAt) : t("neverExpires")}</dd>
                </div>
              </dl>
            </Card>
          ) : null}
        </QueryState>
      ) : null}
    </div>
  );
}
