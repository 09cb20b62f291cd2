import { useFormatter, useTranslations } from "next-intl";
import { Badge, Button } from "@portal/ui";
import type { RouterOutputs } from "@portal/api";
import { PrintButton } from "./print-button";

type Certificate = RouterOutputs["learning"]["certificate"];

/**
 * A printable certificate, rendered on the server with the company's name and logo. In print only the certificate
 * shows (the portal's header and these buttons are print:hidden) on one A4 page (the @page rule below); the PDF
 * download is the same certificate drawn by /api/certificates/<id>/pdf.
 */
export function CertificateView({
  certificate: c,
  verifyUrl,
}: {
  certificate: Certificate;
  verifyUrl: string;
}) {
  const t = useTranslations("learning");
  const format = useFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <div className="space-y-4">
      {/* React puts this in <head> once; it applies while the certificate is what gets printed. */}
      <style href="certificate-print" precedence="default">
        {"@page { size: A4 portrait; margin: 12mm; }"}
      </style>
      <div className="flex flex-wrap justify-end gap-2 print:hidden">
        <Button asChild variant="secondary">
          <a href={`/api/certificates/${c.id}/pdf`} download>
            {t("downloadPdf")}
          </a>
        </Button>
        <PrintButton label={t("print")} />
      </div>
      <article className="mx-auto flex max-w-2xl flex-col rounded-lg border-4 border-double border-brand-700 bg-white p-6 text-center shadow-sm sm:p-10 print:min-h-[260mm] print:max-w-none print:justify-center print:break-inside-avoid print:border-gray-800 print:shadow-none">
        <div className="mb-6 flex flex-col items-center gap-2">
          {c.company.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- the logo route sets its own caching; nothing to optimise
            <img src={c.company.logoUrl} alt="" className="max-h-16 max-w-48 object-contain" />
          ) : null}
          <p className="text-lg font-semibold text-brand-800" data-testid="certificate-company">
            {c.company.name}
          </p>
        </div>
        <h1 className="text-2xl font-semibold text-brand-800 sm:text-3xl">{t("certificateTitle")}</h1>
        <p className="mt-6 text-gray-700">{t("certifies")}</p>
        <p className="mt-1 text-2xl font-semibold text-ink">{c.holder}</p>
        <p className="text-sm text-gray-700">{c.department}</p>
        <p className="mt-4 text-gray-700">{t("completed")}</p>
        <p className="mt-1 text-xl font-semibold text-ink">{c.course}</p>
        <div className="mt-3">
          <Badge tone={c.valid ? "success" : "danger"}>{c.valid ? t("valid") : t("invalid")}</Badge>
        </div>
        <dl className="mt-8 grid grid-cols-1 gap-4 text-left sm:grid-cols-2 print:grid-cols-2">
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
        <p className="mt-8 text-xs text-gray-700">{t("verifyHint", { url: verifyUrl })}</p>
      </article>
    </div>
  );
}
