import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { ReadinessDashboard } from "@/components/readiness/readiness-dashboard";
import { urlSearchParams } from "@/components/list/list-params";
import { readinessMatrixQuery, readReadinessList } from "@/components/readiness/matrix-query";
import { getQueryClient, HydrateClient, trpcServer } from "@/trpc/prefetch";

export async function generateMetadata() {
  return { title: (await getTranslations("readiness"))("title") };
}

/** Heads see their own department(s); HR and admins choose any. The procedures enforce the same scope. */
export default async function ReadinessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [user, search] = await Promise.all([requireUser(["ADMIN", "HR", "HEAD"]), searchParams]);
  const list = readReadinessList(urlSearchParams(search));
  const queryClient = getQueryClient();
  const prefetchMatrix = (departments: readonly { id: string }[]) => {
    const { departmentId, input } = readinessMatrixQuery(list, departments);
    return departmentId ? queryClient.prefetchQuery(trpcServer.readiness.matrix.queryOptions(input)) : null;
  };
  // The department the client shows is the address's when it is one of the caller's, else their first. With one
  // in the address its matrix is read beside the departments (the procedure checks the scope itself); without
  // one, the first department is only known from the list (one light query), so the matrix follows it.
  const addressed = list.filters.departmentId;
  const [departments] = await Promise.all([
    queryClient.fetchQuery(trpcServer.departments.options.queryOptions()).catch(() => []),
    addressed ? prefetchMatrix([{ id: addressed }]) : null,
  ]);
  if (readinessMatrixQuery(list, departments).departmentId !== addressed) await prefetchMatrix(departments);
  return (
    <HydrateClient>
      <ReadinessDashboard isHead={user.role === "HEAD"} />
    </HydrateClient>
  );
}
