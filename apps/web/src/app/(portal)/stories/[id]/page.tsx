import { getTranslations } from "next-intl/server";
import { StoryView } from "@/components/stories/story-view";
import { requireStoryReader } from "../reader";

export async function generateMetadata() {
  return { title: (await getTranslations("stories"))("title") };
}

/** The procedure decides what the reader may see (a story outside their scope reads as not found). */
export default async function StoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStoryReader();
  const { id } = await params;
  return <StoryView id={id} />;
}
