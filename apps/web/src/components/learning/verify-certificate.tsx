import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Badge, Button, Card, FormField, Input } from "@portal/ui";
import { callApi } from "@/trpc/server";
import { isMessageKey } from "@/i18n/enum-labels";
import { getServerErrorText } from "@/i18n/server-error-text";

/**
 * Public check of a certificate code: holder, course, dates and validity. Works signed out and without
 * JavaScript: a server component with a plain GET form (the page normalises the code and renders the result), so
 * the page ships no form or data library.
 */
export async function VerifyCertificate({ code, error }: { code: string; error: string | null }) {
  const t = await getTranslations("learning");
  const v = await getTranslations("validation");
  // The schema's message is a `validation.<key>` key (see @portal/validators); anything else is shown as is.
  const errorText = (message: string) => {
    const key = message.replace(/^validation\./, "");
    return key !== message && isMessageKey(v, key) ? v(key) : message;
  };
  const format = await getFormatter();
  const result = code && !error ? await callApi((api) => api.learning.verifyCertificate({ code })) : null;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const r = result?.ok ? result.data : null;
  return (
    <div className="space-y-4">
      <Card>
        <form className="flex flex-wrap items-end gap-3" action="/verify" method="get">
          <div className="min-w-0 flex-1">
            <FormField id="code" label={t("code")} error={error ? errorText(error) : undefined}>
              {(aria) => (
                <Input
                  {...aria}
                  name="code"
                  defaultValue={code}
                  autoComplete="off"
                  placeholder="CERT-XXXX-XXXX"
                />
              )}
            </FormField>
          </div>
          <Button type="submit">{t("check")}</Button>
        </form>
      </Card>
      {result && !result.ok ? (
        <Alert tone="danger" role="alert">
          {(await getTranslations("common"))("loadError", {
            message: (await getServerErrorText())(result.error),
          })}
        </Alert>
      ) : null}
      {r && !r.found ? <Alert tone="warning">{t("notFound")}</Alert> : null}
      {r && r.found ? (
        <Card aria-labelledby="verify-result">
          <h2 id="verify-result" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            {r.course}{" "}
            <Badge tone={r.valid ? "success" : "danger"}>{r.valid ? t("valid") : t("invalid")}</Badge>
          </h2>
          <dl className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
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
    </div>
  );
}
