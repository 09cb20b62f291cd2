import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { VerifyCertificate } from "@/components/learning/verify-certificate";

export async function generateMetadata() {
  return { title: (await getTranslations("learning"))("verifyTitle") };
}

/** Public (excluded from the proxy's sign-in redirect): anyone holding a printed certificate can check its code. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const t = await getTranslations("learning");
  const common = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <Link href="/" className="text-sm font-medium text-brand-700">
        {common("appName")}
      </Link>
      <h1 className="mb-1 mt-2 text-2xl font-semibold text-ink">{t("verifyTitle")}</h1>
      <p className="mb-6 text-sm text-muted">{t("verifyDescription")}</p>
      <VerifyCertificate key={code ?? ""} initialCode={typeof code === "string" ? code : ""} />
    </main>
  );
}
