import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert, Card } from "@portal/ui";
import { CompanyBrand } from "@/components/layout/company-brand";
import { getApi } from "@/trpc/server";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

/** The page a reset mail links to: says at once when the link no longer works, otherwise asks for the password. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" ? raw : "";
  const state = token ? await (await getApi()).passwordReset.linkState({ token }) : "unknown";
  const t = await getTranslations("auth");
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-md">
        <CompanyBrand className="mb-3" withPortalName />
        <h1 className="mb-2 text-xl font-semibold">{t("resetTitle")}</h1>
        {state === "valid" ? (
          <>
            <p className="text-muted-foreground mb-4 text-sm">{t("resetIntro")}</p>
            <ResetPasswordForm token={token} />
          </>
        ) : (
          <>
            <Alert tone="warning" role="alert" className="mb-4">
              {state === "expired"
                ? t("resetLinkExpired")
                : state === "used"
                  ? t("resetLinkUsed")
                  : t("resetLinkUnknown")}
            </Alert>
            <Link href="/forgot-password" className="text-sm underline">
              {t("askNewLink")}
            </Link>
          </>
        )}
      </Card>
    </main>
  );
}
