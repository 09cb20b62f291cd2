import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { PipelineView } from "@/components/pipeline/pipeline-view";

export async function generateMetadata() {
  return { title: (await getTranslations("pipeline"))("title") };
}

/** HR and ADMIN move candidates; a head of the position's department gets the read-only view from INTERVIEW on. */
export default async function PositionPipelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ positionId: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
}) {
  const [{ positionId }, { view }] = await Promise.all([params, searchParams]);
  await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  const board = await requireRecord((api) => api.pipeline.board({ positionId }));
  // The board view starts from the board just read for the access check instead of asking the server again.
  const initialBoard = board.ok && (view === undefined || view === "board") ? board.data : undefined;
  return <PipelineView positionId={positionId} initialBoard={initialBoard} />;
}
