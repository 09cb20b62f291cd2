import { getTranslations } from "next-intl/server";
import { digestQuery } from "@portal/validators";
import { requireUser } from "@/server/session";
import { getApi } from "@/trpc/server";
import { DigestView } from "@/components/digest/digest-view";

export async function generateMetadata() {
  return { title: (await getTranslations("digest"))("title") };
}

/** Anyone signed in: their own weekly digest (issue 18, item 5), the newest week or the one in `?week=`. */
export default async function DigestPage({
  searchParams,
}: {
  searchParams: Promise<{ week?: string | string[] }>;
}) {
  await requireUser();
  const { week } = await searchParams;
  // A malformed week in the address shows the newest digest rather than an error.
  const query = digestQuery.safeParse({ week: typeof week === "string" ? week : undefined });
  const data = await (await getApi()).digest.mine(query.success ? query.data : {});
  return <DigestView data={data} requestedWeek={query.success ? query.data.week : undefined} />;
}
