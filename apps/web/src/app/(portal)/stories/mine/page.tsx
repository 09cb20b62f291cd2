import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button, PageHeader } from "@portal/ui";
import { StoryTabs } from "@/components/stories/story-tabs";
import { OwnStories } from "@/components/stories/own-stories";
import { requireStoryReader } from "../reader";

export async function generateMetadata() {
  return { title: (await getTranslations("stories"))("tabs.mine") };
}

export default async function MyStoriesPage() {
  const { moderator, writer } = await requireStoryReader();
  const t = await getTranslations("stories");
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          writer ? (
            <Button asChild>
              <Link href="/stories/new">{t("write")}</Link>
            </Button>
          ) : null
        }
      />
      <StoryTabs active="mine" moderator={moderator} />
      <OwnStories kind="mine" />
    </>
  );
}
