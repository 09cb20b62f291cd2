"use client";
import { useTranslations } from "next-intl";

type Bylined = {
  author: { name: string } | null;
  anonymous: boolean;
  mine: boolean;
  department: { name: string };
};

/**
 * Who wrote a story, as the reader may know it: the name when the author chose it, "a colleague in <department>"
 * otherwise (the server sends no author then, except to HR and admins, who see both).
 */
export function StoryByline({ story }: { story: Bylined }) {
  const t = useTranslations("stories.byline");
  const department = story.department.name;
  if (story.mine) return <>{t("you", { department })}</>;
  if (!story.author) return <>{t("anonymous", { department })}</>;
  if (story.anonymous) return <>{t("anonymousSeenByYou", { name: story.author.name, department })}</>;
  return <>{t("named", { name: story.author.name, department })}</>;
}
