import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { CoverageDashboard } from "@/components/coverage/coverage-dashboard";
import { TIME_TO_SIGN_OFF_FIRST_PAGES, TREND_WEEKS } from "@/components/coverage/types";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("coverage"))("title") };
}

export default async function CoveragePage() {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  const queryClient = getQueryClient();
  // The page's three parts, read side by side (the company's from stored figures): none waits for another, and the
  // time to sign-off and the trend below the segments come with the HTML too instead of loading after hydration.
  await Promise.all([
    queryClient.prefetchQuery(trpcServer.coverage.overview.queryOptions()),
    queryClient.prefetchQuery(trpcServer.coverage.timeToSignOff.queryOptions(TIME_TO_SIGN_OFF_FIRST_PAGES)),
    queryClient.prefetchQuery(trpcServer.coverage.trend.queryOptions({ weeks: TREND_WEEKS })),
  ]);
  return (
    <HydrateClient>
      <CoverageDashboard isHead={user.role === "HEAD"} />
    </HydrateClient>
  );
}
