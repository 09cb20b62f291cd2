import { getTranslations } from "next-intl/server";
import { StoryEditor } from "@/components/stories/story-form";
import { requireStoryReader } from "../../reader";

export async function generateMetadata() {
  return { title: (await getTranslations("stories"))("form.editTitle") };
}

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStoryReader();
  const { id } = await params;
  return <StoryEditor id={id} />;
}
