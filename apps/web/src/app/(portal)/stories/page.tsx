import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button, PageHeader } from "@portal/ui";
import { StoryTabs } from "@/components/stories/story-tabs";
import { StoryList } from "@/components/stories/story-list";
import { requireStoryReader } from "./reader";

export async function generateMetadata() {
  return { title: (await getTranslations("stories"))("title") };
}

export default async function StoriesPage() {
  const { moderator, writer } = await requireStoryReader();
  const t = await getTranslations("stories");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          writer ? (
            <Button asChild>
              <Link href="/stories/new">{t("write")}</Link>
            </Button>
          ) : null
        }
      />
      <StoryTabs active="published" moderator={moderator} />
      <StoryList canWrite={writer} />
    </>
  );
}
