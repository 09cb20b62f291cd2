import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@portal/ui";
import { REST_MOUNT, restDocument } from "@portal/api/rest";
import { requireUser } from "@/server/session";
import { portalOrigin } from "@/server/origin";
import { ApiReference } from "@/components/api-docs/api-reference";

export async function generateMetadata() {
  return { title: (await getTranslations("apiDocs"))("title") };
}

/** The REST API's reference for admins (issue 19): how to call it, then every operation from the document. */
export default async function ApiReferencePage() {
  await requireUser(["ADMIN"]);
  const t = await getTranslations("apiDocs");
  const baseUrl = new URL(REST_MOUNT, await portalOrigin()).toString();
  const document = restDocument(baseUrl);
  const code = (chunks: React.ReactNode) => <code className="font-mono">{chunks}</code>;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <a className="text-sm font-medium text-brand-700 underline" href="/api/v1/openapi.json">
            {t("document")}
          </a>
        }
      />
      <Card className="mb-8 space-y-3 text-sm">
        <p>
          {t("baseUrl")}: <code className="font-mono">{`${baseUrl}/v1`}</code>
        </p>
        <p>{t.rich("authBody", { code, secret: "<secret>" })}</p>
        <p>{t.rich("pagingBody", { code })}</p>
        <p>{t.rich("errorsBody", { code })}</p>
      </Card>
      <ApiReference document={document} />
    </>
  );
}
