import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { CoverageDashboard } from "@/components/coverage/coverage-dashboard";
import { OPEN_WHEN_AT_MOST, TIME_TO_SIGN_OFF_FIRST_PAGES, TREND_WEEKS } from "@/components/coverage/types";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("coverage"))("title") };
}

export default async function CoveragePage() {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  const queryClient = getQueryClient();
  // The page's three parts, read side by side (the company's from stored figures): none waits for another, and the
  // time to sign-off and the trend below the segments come with the HTML too instead of loading after hydration.
  const overview = trpcServer.coverage.overview.queryOptions();
  await Promise.all([
    queryClient.prefetchQuery(overview),
    queryClient.prefetchQuery(trpcServer.coverage.timeToSignOff.queryOptions(TIME_TO_SIGN_OFF_FIRST_PAGES)),
    queryClient.prefetchQuery(trpcServer.coverage.trend.queryOptions({ weeks: TREND_WEEKS })),
  ]);
  // A head's few segments come open (the dashboard's rule): their departments come with the HTML too. A whole
  // company's segments come closed, a row each; a segment's departments load when it is opened.
  const segments = queryClient.getQueryData(overview.queryKey)?.segments ?? [];
  if (segments.length <= OPEN_WHEN_AT_MOST)
    await Promise.all(
      segments.map((s) =>
        queryClient.prefetchQuery(
          trpcServer.coverage.segmentDepartments.queryOptions({ segmentId: s.segmentId }),
        ),
      ),
    );
  return (
    <HydrateClient>
      <CoverageDashboard isHead={user.role === "HEAD"} />
    </HydrateClient>
  );
}
