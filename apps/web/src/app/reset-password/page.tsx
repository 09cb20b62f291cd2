import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@portal/ui";
import { signInOptions } from "@portal/auth/sso";
import { AuthPage, PasswordsNotUsed } from "@/components/layout/auth-page";
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
  const t = await getTranslations("auth");
  if (!signInOptions().passwordSignIn)
    return (
      <AuthPage title={t("resetTitle")} wide>
        <PasswordsNotUsed />
      </AuthPage>
    );
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" ? raw : "";
  const state = token ? await (await getApi()).passwordReset.linkState({ token }) : "unknown";
  return (
    <AuthPage title={t("resetTitle")} wide>
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
    </AuthPage>
  );
}
