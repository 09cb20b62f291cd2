import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { PipelineView } from "@/components/pipeline/pipeline-view";
import { urlSearchParams } from "@/components/list/list-params";
import {
  BOARD_PAGE,
  rankingTableInput,
  readPipelineView,
  readRankingList,
} from "@/components/pipeline/view-params";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("pipeline"))("title") };
}

/** HR and ADMIN move candidates; a head of the position's department gets the read-only view from INTERVIEW on. */
export default async function PositionPipelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ positionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ positionId }, search] = await Promise.all([params, searchParams]);
  await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  const address = urlSearchParams(search);
  const view = readPipelineView(address);
  const queryClient = getQueryClient();
  // The open view's first data is read beside the header (the 404/403 check): in parallel, and the board only
  // when it is shown. The inputs are the client's own (view-params.ts), so the browser does not ask again.
  const [header] = await Promise.all([
    requireRecord((api) => api.pipeline.position({ positionId })),
    view === "board"
      ? queryClient.prefetchQuery(
          trpcServer.pipeline.board.queryOptions({ positionId, perColumn: BOARD_PAGE }),
        )
      : view === "table"
        ? queryClient.prefetchQuery(
            trpcServer.pipeline.table.queryOptions(rankingTableInput(positionId, readRankingList(address))),
          )
        : null,
  ]);
  if (header.ok) queryClient.setQueryData(trpcServer.pipeline.position.queryKey({ positionId }), header.data);
  return (
    <HydrateClient>
      <PipelineView positionId={positionId} />
    </HydrateClient>
  );
}
