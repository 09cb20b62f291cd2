import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { MyOnboarding } from "@/components/learning/my-onboarding";
import { TRPCReactProvider } from "@/trpc/react";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("learning"))("title") };
}

/** Any signed-in role: their own courses (an empty state without a staff record). */
export default async function LearningPage() {
  await requireUser();
  await getQueryClient().prefetchQuery(trpcServer.learning.plan.queryOptions());
  // The plan fetches with tRPC; the course player beside it (./[enrolmentId]) does not, so no learning layout provides it.
  return (
    <TRPCReactProvider>
      <HydrateClient>
        <MyOnboarding />
      </HydrateClient>
    </TRPCReactProvider>
  );
}
