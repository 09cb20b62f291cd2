import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StoryEditor } from "@/components/stories/story-form";
import { requireStoryReader } from "../reader";

export async function generateMetadata() {
  return { title: (await getTranslations("stories"))("form.newTitle") };
}

export default async function NewStoryPage() {
  const { writer } = await requireStoryReader();
  if (!writer) redirect("/stories");
  return <StoryEditor />;
}
