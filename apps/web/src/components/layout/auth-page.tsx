import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert, Card } from "@portal/ui";
import { CompanyBrand } from "./company-brand";

/** The frame of the pages a signed-out person sees around signing in: the company, a title, one card. */
export function AuthPage({ title, wide, children }: { title: string; wide?: boolean; children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <Card className={wide ? "w-full max-w-md" : "w-full max-w-sm"}>
        <CompanyBrand className="mb-3" withPortalName />
        <h1 className="mb-2 text-xl font-semibold">{title}</h1>
        {children}
      </Card>
    </main>
  );
}

/** What the password pages say when password sign-in is turned off (PASSWORD_SIGNIN=false): no form at all. */
export async function PasswordsNotUsed() {
  const [t, te] = await Promise.all([getTranslations("auth"), getTranslations("errors")]);
  return (
    <>
      <Alert tone="info" className="mb-4">
        {te("passwordSignInOff")}
      </Alert>
      <Link href="/login" className="text-sm underline">
        {t("backToSignIn")}
      </Link>
    </>
  );
}
