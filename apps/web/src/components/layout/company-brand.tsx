import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@portal/ui";
import { getCompanyProfile } from "@/server/company";

/**
 * The company's logo and name, linking home: the portal header, the sign-in page and the public certificate check
 * all show the same mark. Without a readable company setting (e.g. during an outage) it shows the portal's name.
 */
export async function CompanyBrand({
  className,
  withPortalName = false,
}: {
  className?: string;
  withPortalName?: boolean;
}) {
  const [t, company] = await Promise.all([getTranslations("common"), getCompanyProfile()]);
  return (
    <Link
      href="/"
      className={cn("flex min-w-0 items-center gap-2 font-semibold text-brand-800", className)}
      data-testid="company-brand"
    >
      {company?.logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- the logo route sets its own caching; nothing to optimise
        <img src={company.logoUrl} alt="" className="h-8 w-auto max-w-32 object-contain" />
      ) : null}
      <span className="truncate">{company?.name ?? t("appName")}</span>
      {company && withPortalName ? (
        <span className="hidden text-sm font-normal text-muted sm:inline">{t("appName")}</span>
      ) : null}
    </Link>
  );
}
