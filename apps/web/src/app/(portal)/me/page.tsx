import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { MyProfile } from "@/components/staff/my-profile";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("staff"))("myTitle") };
}

/** Anyone signed in: their own staff record, or an empty state when they have none. */
export default async function MyProfilePage() {
  await requireUser();
  const queryClient = getQueryClient();
  // The record and the onboarding summary side by side; the fit chart needs the record's id, so it follows it here
  // on the server instead of after the record has reached the browser.
  const [record] = await Promise.all([
    queryClient.fetchQuery(trpcServer.staff.me.queryOptions()).catch(() => null),
    queryClient.prefetchQuery(trpcServer.learning.plan.queryOptions()),
  ]);
  if (record)
    await queryClient.prefetchQuery(trpcServer.staffing.personFit.queryOptions({ staffMemberId: record.id }));
  return (
    <HydrateClient>
      <MyProfile />
    </HydrateClient>
  );
}
