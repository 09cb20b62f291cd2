import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { requireRecord } from "@/server/record";
import { PipelineView } from "@/components/pipeline/pipeline-view";

export async function generateMetadata() {
  return { title: (await getTranslations("pipeline"))("title") };
}

/** HR and ADMIN move candidates; a head of the position's department gets the read-only view from INTERVIEW on. */
export default async function PositionPipelinePage({ params }: { params: Promise<{ positionId: string }> }) {
  const { positionId } = await params;
  await requireUser(["ADMIN", "HR", "HEAD"], { denied: "forbidden" });
  await requireRecord((api) => api.pipeline.board({ positionId }));
  return <PipelineView positionId={positionId} />;
}
