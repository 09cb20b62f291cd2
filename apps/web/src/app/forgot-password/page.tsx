import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@portal/ui";
import { CompanyBrand } from "@/components/layout/company-brand";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("forgotTitle") };
}

/** "Forgot password?" from the sign-in page: anyone may ask; the answer never says whether the account exists. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-sm">
        <CompanyBrand className="mb-3" withPortalName />
        <h1 className="mb-2 text-xl font-semibold">{t("forgotTitle")}</h1>
        <p className="text-muted-foreground mb-4 text-sm">{t("forgotIntro")}</p>
        <ForgotPasswordForm />
        <p className="mt-4 text-sm">
          <Link href="/login" className="underline">
            {t("backToSignIn")}
          </Link>
        </p>
      </Card>
    </main>
  );
}
