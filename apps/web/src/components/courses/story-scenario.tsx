"use client";
import Link from "next/link";
import { createContext, useContext, useEffect, useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Dialog, Input, Spinner } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { languageName } from "@/i18n/language-name";
import { useServerErrorText } from "@/i18n/server-errors";
import type { Item } from "./types";

/** The course being edited and the titles of the stories its scenarios come from (issue 18). */
type StoryLinks = {
  courseId: string;
  mainLocale: string;
  titles: Record<string, string>;
  remember: (id: string, title: string) => void;
};
const StoryLinksContext = createContext<StoryLinks | null>(null);

export function StoryLinksProvider({
  courseId,
  mainLocale,
  initialTitles,
  children,
}: {
  courseId: string;
  mainLocale: string;
  initialTitles: Record<string, string>;
  children: React.ReactNode;
}) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const titles = { ...initialTitles, ...chosen };
  const remember = (id: string, title: string) => setChosen((prev) => ({ ...prev, [id]: title }));
  return (
    <StoryLinksContext.Provider value={{ courseId, mainLocale, titles, remember }}>
      {children}
    </StoryLinksContext.Provider>
  );
}

/** "From the story: <title>", linking to the story a scenario was written from. */
export function FromStoryNote({ storyId }: { storyId: string }) {
  const t = useTranslations("courses.fromStory");
  const links = useContext(StoryLinksContext);
  const title = links?.titles[storyId];
  return (
    <p className="text-sm text-muted">
      {t.rich("source", {
        title: title ?? t("untitled"),
        link: (chunks) => (
          <Link href={`/stories/${storyId}`} className="text-brand-700 underline">
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}

/**
 * "Add scenario from a story": search the published stories, choose one, and the module gets a scenario written
 * from it (the situation, the author's response as the best one with what colleagues can learn as its feedback).
 * The author then writes what the customer says and a second, poorer response: the draft does not save until they do.
 */
export function AddScenarioFromStory({ onAdd }: { onAdd: (item: Item) => void }) {
  const t = useTranslations("courses.fromStory");
  const links = useContext(StoryLinksContext);
  const [open, setOpen] = useState(false);
  if (!links) return null;
  return (
    <>
      <Button type="button" size="sm" variant="secondary" onClick={() => setOpen(true)}>
        {t("add")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("dialogTitle")} description={t("dialogBody")}>
        {open ? (
          <StoryChooser
            links={links}
            onChosen={(item) => {
              onAdd(item);
              setOpen(false);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function StoryChooser({ links, onChosen }: { links: StoryLinks; onChosen: (item: Item) => void }) {
  const t = useTranslations("courses.fromStory");
  const common = useTranslations("common");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const serverErrorText = useServerErrorText();
  const searchId = useId();
  const [search, setSearch] = useState("");
  const [debounced, setDebounced] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string | null>(null);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(search.trim()), 300);
    return () => clearTimeout(id);
  }, [search]);
  const stories = useQuery(
    trpc.stories.search.queryOptions({
      search: debounced,
      sort: debounced ? "relevance" : "newest",
      page: 1,
      pageSize: 10,
    }),
  );
  const choose = async (storyId: string) => {
    setBusy(storyId);
    setError(undefined);
    try {
      const r = await queryClient.fetchQuery(
        trpc.courses.scenarioFromStory.queryOptions({ courseId: links.courseId, storyId }, { staleTime: 0 }),
      );
      links.remember(r.story.id, r.story.title);
      onChosen(r.item);
    } catch (e) {
      setError(serverErrorText(e));
    } finally {
      setBusy(null);
    }
  };
  const rows = stories.data?.items ?? [];
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={searchId} className="mb-1 block text-sm font-medium">
          {t("search")}
        </label>
        <Input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      {error ? (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      ) : null}
      {stories.isPending ? <Spinner label={common("loading")} /> : null}
      {stories.error ? (
        <Alert tone="danger" role="alert">
          {serverErrorText(stories.error)}
        </Alert>
      ) : null}
      {stories.data && rows.length === 0 ? <p className="text-sm text-muted">{t("none")}</p> : null}
      <ul className="space-y-2" aria-label={t("results")}>
        {rows.map((s) => (
          <li key={s.id} className="rounded-md border border-gray-200 p-3">
            <p id={`${searchId}-${s.id}`} className="font-medium" lang={s.language}>
              {s.title}
            </p>
            <p className="text-xs text-muted">
              {s.segment.name}
              {s.language !== links.mainLocale
                ? ` · ${t("otherLanguage", { language: languageName(locale, s.language) })}`
                : null}
            </p>
            <p className="mt-1 line-clamp-2 text-sm" lang={s.language}>
              {s.excerpt}
            </p>
            <Button
              type="button"
              size="sm"
              className="mt-2"
              disabled={busy !== null}
              aria-describedby={`${searchId}-${s.id}`}
              onClick={() => void choose(s.id)}
            >
              {busy === s.id ? t("adding") : t("use")}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
