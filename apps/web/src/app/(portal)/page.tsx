import { getTranslations } from "next-intl/server";
import { Alert, PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { HomeSummary } from "@/components/home/home-summary";
import { TRPCReactProvider } from "@/trpc/react";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("home"))("title") };
}

export default async function HomePage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const user = await requireUser();
  const { denied } = await searchParams;
  const t = await getTranslations("home");
  const common = await getTranslations("common");
  await getQueryClient().prefetchQuery(trpcServer.home.summary.queryOptions());
  return (
    <>
      <PageHeader title={t("welcome", { name: user.name })} />
      {denied ? (
        <Alert tone="warning" className="mb-4">
          {common("denied")}
        </Alert>
      ) : null}
      <TRPCReactProvider>
        <HydrateClient>
          <HomeSummary />
        </HydrateClient>
      </TRPCReactProvider>
    </>
  );
}
