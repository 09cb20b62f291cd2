import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { MyReadiness } from "@/components/readiness/my-readiness";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("readiness"))("myTitle") };
}

/** Anyone signed in with a staff record: their own readiness (the sign-off notification links here). */
export default async function MyReadinessPage() {
  await requireUser();
  // Without a staff record the query is refused (not found) and not handed over: the client shows its empty state.
  await getQueryClient().prefetchQuery(trpcServer.readiness.mine.queryOptions());
  return (
    <HydrateClient>
      <MyReadiness />
    </HydrateClient>
  );
}
