import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { MyReadiness } from "@/components/readiness/my-readiness";

export async function generateMetadata() {
  return { title: (await getTranslations("readiness"))("myTitle") };
}

/** Anyone signed in with a staff record: their own readiness (the sign-off notification links here). */
export default async function MyReadinessPage() {
  await requireUser();
  return <MyReadiness />;
}
