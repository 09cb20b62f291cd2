import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { StaffingWorkbench } from "@/components/staffing/staffing-workbench";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("staffing"))("title") };
}

export default async function StaffingPage() {
  await requireUser(["ADMIN", "HR"]);
  // The what-if editor's department and segment choices; the proposal itself is only computed on "Run proposal".
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpcServer.departments.options.queryOptions()),
    queryClient.prefetchQuery(trpcServer.segments.options.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <StaffingWorkbench />
    </HydrateClient>
  );
}
