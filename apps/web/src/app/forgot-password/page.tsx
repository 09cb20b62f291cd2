import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signInOptions } from "@portal/auth/sso";
import { AuthPage, PasswordsNotUsed } from "@/components/layout/auth-page";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("forgotTitle") };
}

/** "Forgot password?" from the sign-in page: anyone may ask; the answer never says whether the account exists. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  if (!signInOptions().passwordSignIn)
    return (
      <AuthPage title={t("forgotTitle")}>
        <PasswordsNotUsed />
      </AuthPage>
    );
  return (
    <AuthPage title={t("forgotTitle")}>
      <p className="text-muted-foreground mb-4 text-sm">{t("forgotIntro")}</p>
      <ForgotPasswordForm />
      <p className="mt-4 text-sm">
        <Link href="/login" className="underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </AuthPage>
  );
}
