import { getTranslations } from "next-intl/server";
import { PageHeader } from "@portal/ui";
import { requireUser } from "@/server/session";
import { StoryTabs } from "@/components/stories/story-tabs";
import { OwnStories } from "@/components/stories/own-stories";

export async function generateMetadata() {
  return { title: (await getTranslations("stories"))("moderation.title") };
}

export default async function StoryModerationPage() {
  await requireUser(["ADMIN", "HR", "HEAD"]);
  const t = await getTranslations("stories");
  return (
    <>
      <PageHeader title={t("moderation.title")} description={t("moderation.description")} />
      <StoryTabs active="moderation" moderator />
      <OwnStories kind="queue" />
    </>
  );
}
