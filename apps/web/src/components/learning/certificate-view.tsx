"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Badge, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";

/** A printable certificate; the portal's header is hidden in print (print:hidden in the portal layout). */
export function CertificateView({ id }: { id: string }) {
  const t = useTranslations("learning");
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery(trpc.learning.certificate.queryOptions({ id }));
  const c = query.data;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {c ? (
        <div className="space-y-4">
          <div className="flex justify-end print:hidden">
            <Button onClick={() => window.print()}>{t("print")}</Button>
          </div>
          <article className="mx-auto max-w-2xl rounded-lg border-4 border-double border-brand-700 bg-white p-6 text-center shadow-sm sm:p-10 print:border-gray-800 print:shadow-none">
            <h1 className="text-2xl font-semibold text-brand-800 sm:text-3xl">{t("certificateTitle")}</h1>
            <p className="mt-6 text-gray-700">{t("certifies")}</p>
            <p className="mt-1 text-2xl font-semibold text-ink">{c.holder}</p>
            <p className="text-sm text-gray-700">{c.department}</p>
            <p className="mt-4 text-gray-700">{t("completed")}</p>
            <p className="mt-1 text-xl font-semibold text-ink">{c.course}</p>
            <div className="mt-3">
              <Badge tone={c.valid ? "success" : "danger"}>{c.valid ? t("valid") : t("invalid")}</Badge>
            </div>
            <dl className="mt-8 grid gap-4 text-left sm:grid-cols-2">
              <div>
                <dt className="text-sm text-gray-700">{t("issued")}</dt>
                <dd className="font-medium">{date(c.issuedAt)}</dd>
              </div>
              <div>
                <dt className="text-sm text-gray-700">{t("expiresOn")}</dt>
                <dd className="font-medium">{c.expiresAt ? date(c.expiresAt) : t("neverExpires")}</dd>
              </div>
              <div>
                <dt className="text-sm text-gray-700">{t("verificationCode")}</dt>
                <dd className="font-mono font-medium" data-testid="verification-code">
                  {c.verificationCode}
                </dd>
              </div>
              {c.granted ? (
                <div>
                  <dt className="text-sm text-gray-700">{t("grantedExpertise")}</dt>
                  <dd className="font-medium">
                    {t("grantedLine", { segment: c.granted.segment, level: c.granted.level })}
                  </dd>
                </div>
              ) : null}
            </dl>
            <p className="mt-8 text-xs text-gray-700">
              {t("verifyHint", {
                url: `${typeof window === "undefined" ? "" : window.location.origin}/verify?code=${c.verificationCode}`,
              })}
            </p>
          </article>
        </div>
      ) : null}
    </QueryState>
  );
}
