import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Alert, Card } from "@portal/ui";
import { isDatabaseUnreachable } from "@portal/api/outage";
import { safeRedirectPath } from "@portal/auth/redirect";
import { signInOptions } from "@portal/auth/sso";
import { getCurrentUser } from "@/server/session";
import { CompanyBrand } from "@/components/layout/company-brand";
import { SignInForm } from "./sign-in-form";
import { SsoSignInButton } from "./sso-sign-in-button";

/** Why single sign-on refused someone (packages/auth sso-sign-in.ts), each worded on the page. */
const ssoRefusals = ["unknown", "unverified", "noEmail", "inactive"] as const;
const ssoRefusal = (reason: string | undefined) =>
  ssoRefusals.find((known) => known === reason) ?? (reason === undefined ? null : "failed");

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; reason?: string; sso?: string; error?: string }>;
}) {
  const { next, reason, sso: ssoReason, error } = await searchParams;
  const { sso, passwordSignIn } = signInOptions();
  // next-auth's own errors (?error=, e.g. a tampered state or nonce) say only that single sign-on did not complete.
  const refusal = ssoRefusal(ssoReason) ?? (error ? "failed" : null);
  // During a database outage the form still shows, with the outage notice instead of an error page.
  const current = await getCurrentUser().then(
    (user) => ({ user, unavailable: false }),
    (error: unknown) => {
      if (isDatabaseUnreachable(error)) return { user: null, unavailable: true };
      throw error;
    },
  );
  if (current.user) redirect("/");
  const t = await getTranslations("auth");
  const common = await getTranslations("common");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-sm">
        <CompanyBrand className="mb-3" withPortalName />
        <h1 className="mb-4 text-xl font-semibold">{t("signInTitle")}</h1>
        {current.unavailable ? (
          <Alert tone="warning" role="alert" className="mb-4">
            {common("databaseUnavailable")}
          </Alert>
        ) : null}
        {reason === "ended" ? (
          <Alert tone="warning" className="mb-4">
            {t("sessionEnded")}
          </Alert>
        ) : null}
        {reason === "password-reset" ? (
          <Alert tone="success" className="mb-4">
            {t("passwordReset")}
          </Alert>
        ) : null}
        {reason === "password-changed" ? (
          <Alert tone="success" className="mb-4">
            {t("passwordChanged")}
          </Alert>
        ) : null}
        {refusal ? (
          <Alert tone="danger" role="alert" className="mb-4">
            {t(`sso.${refusal}`)}
          </Alert>
        ) : null}
        {sso ? (
          <SsoSignInButton
            next={safeRedirectPath(next)}
            label={t("signInWithSso", { provider: sso.displayName ?? t("companyAccount") })}
            primary={!passwordSignIn}
          />
        ) : null}
        {sso && passwordSignIn ? (
          <p className="my-4 text-center text-sm text-muted">{t("orDivider")}</p>
        ) : null}
        {passwordSignIn ? (
          <>
            {/* `next` comes from the address bar: only a path on this site goes into the form. */}
            <SignInForm next={safeRedirectPath(next)} />
            <p className="mt-4 text-sm">
              {/* A plain link: next/link would be the sign-in page's only use of its 3.2 kB client code. */}
              <a href="/forgot-password" className="underline">
                {t("forgotPassword")}
              </a>
            </p>
          </>
        ) : null}
      </Card>
    </main>
  );
}
