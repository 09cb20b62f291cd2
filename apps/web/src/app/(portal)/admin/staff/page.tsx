import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { StaffList } from "@/components/staff/staff-list";
import { readListParams, urlSearchParams } from "@/components/list/list-params";
import {
  staffListDefaultSort,
  staffListFilterKeys,
  staffListQuery,
  staffListSortable,
} from "@/components/staff/staff-list-query";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("staff"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffPage({ searchParams }: Props) {
  const user = await requireUser(["ADMIN", "HR", "HEAD"]);
  // The page of the list the URL asks for, with the same input StaffList derives in the browser.
  const list = readListParams(
    urlSearchParams(await searchParams),
    staffListDefaultSort,
    staffListSortable,
    staffListFilterKeys,
  );
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpcServer.staff.list.queryOptions(staffListQuery(list).input)),
    queryClient.prefetchQuery(trpcServer.staff.filterOptions.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <StaffList canManage={user.role === "ADMIN" || user.role === "HR"} />
    </HydrateClient>
  );
}
