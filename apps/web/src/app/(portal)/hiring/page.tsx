import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { PositionsList } from "@/components/pipeline/positions-list";
import { positionsListInput } from "@/components/pipeline/positions-list-query";
import { urlSearchParams } from "@/components/list/list-params";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("pipeline"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Positions with their pipelines; a head sees their own department's positions only. */
export default async function HiringPage({ searchParams }: Props) {
  await requireUser(["ADMIN", "HR", "HEAD"]);
  const input = positionsListInput(urlSearchParams(await searchParams));
  await getQueryClient().prefetchQuery(trpcServer.pipeline.positions.queryOptions(input));
  return (
    <HydrateClient>
      <PositionsList />
    </HydrateClient>
  );
}
