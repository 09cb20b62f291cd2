import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { ProgressView } from "@/components/progress/progress-view";
import { readListParams, urlSearchParams } from "@/components/list/list-params";
import {
  progressListDefaultSort,
  progressListFilterKeys,
  progressListQuery,
  progressListSortable,
} from "@/components/progress/progress-list-query";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("courses"))("progressTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrainingProgressPage({ searchParams }: Props) {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  // The page of the list the URL asks for, with the same input ProgressView derives in the browser, and its filters' choices.
  const list = readListParams(
    urlSearchParams(await searchParams),
    progressListDefaultSort,
    progressListSortable,
    progressListFilterKeys,
  );
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpcServer.enrolments.progress.queryOptions(progressListQuery(list).input)),
    queryClient.prefetchQuery(trpcServer.courses.options.queryOptions()),
    queryClient.prefetchQuery(trpcServer.departments.options.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <ProgressView isHead={user.role === "HEAD"} />
    </HydrateClient>
  );
}
