import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { certificateCodeInput } from "@portal/validators";
import { VerifyCertificate } from "@/components/learning/verify-certificate";
import { CompanyBrand } from "@/components/layout/company-brand";

export async function generateMetadata() {
  return { title: (await getTranslations("learning"))("verifyTitle") };
}

/** Public (excluded from the proxy's sign-in redirect): anyone holding a printed certificate can check its code. */
export default async function VerifyPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const { code: given } = await searchParams;
  const code = typeof given === "string" ? given : "";
  const parsed = typeof given === "string" ? certificateCodeInput.safeParse({ code }) : null;
  // The address names the code as printed (trimmed, upper case), whatever was typed.
  if (parsed?.success && parsed.data.code !== code)
    redirect(`/verify?code=${encodeURIComponent(parsed.data.code)}`);
  const t = await getTranslations("learning");
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <CompanyBrand withPortalName />
      <h1 className="mb-1 mt-2 text-2xl font-semibold text-ink">{t("verifyTitle")}</h1>
      <p className="mb-6 text-sm text-muted">{t("verifyDescription")}</p>
      <VerifyCertificate
        code={parsed?.success ? parsed.data.code : code}
        error={parsed && !parsed.success ? (parsed.error.issues[0]?.message ?? "validation.required") : null}
      />
    </main>
  );
}
