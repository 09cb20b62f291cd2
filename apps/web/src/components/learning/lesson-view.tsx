"use client";
import { Check } from "lucide-react";
import { lazy, Suspense, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, Spinner } from "@portal/ui";
import { completeLessonAction } from "@/actions/learning";
import { useLearningAction } from "./use-learning-action";
import type { LessonItem } from "./types";

// The Markdown pipeline (parser, GFM, sanitizer) is the player's largest dependency: load it with the first
// lesson shown, not with the page (see apps/web/scripts/BENCHMARKS.md). React.lazy rather than next/dynamic,
// whose client runtime (about 2 kB gzipped) would be first-load JavaScript of the player.
const LazyMarkdown = lazy(() => import("./markdown").then((m) => ({ default: m.Markdown })));
const subscribeNothing = () => () => {};

/** Rendered in the browser only (as with `ssr: false`): the server and the first client render show the spinner. */
function Markdown({ source }: { source: string }) {
  const inBrowser = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  if (!inBrowser) return <LessonLoading />;
  return (
    <Suspense fallback={<LessonLoading />}>
      <LazyMarkdown source={source} />
    </Suspense>
  );
}

function LessonLoading() {
  const t = useTranslations("common");
  return <Spinner label={t("loading")} className="py-4" />;
}

/** Lessons often open with their own title as a heading; the player already shows it. */
function withoutTitle(body: string, title: string) {
  const first = body.trimStart().split("\n", 1)[0] ?? "";
  return first.replace(/^#\s+/, "").trim() === title
    ? body.trimStart().slice(first.length).trimStart()
    : body;
}

export function LessonView({ enrolmentId, item }: { enrolmentId: string; item: LessonItem }) {
  const t = useTranslations("learning");
  const complete = useLearningAction(completeLessonAction);
  return (
    <div className="space-y-4">
      <Markdown source={withoutTitle(item.body, item.title)} />
      {complete.error ? (
        <Alert tone="danger" role="alert">
          {complete.error}
        </Alert>
      ) : null}
      {item.done ? (
        <p className="flex items-center gap-1 text-sm font-medium text-green-800">
          <Check aria-hidden="true" className="size-4" /> {t("markedDone")}
        </p>
      ) : (
        <Button
          onClick={() => complete.mutate({ enrolmentId, itemId: item.id })}
          disabled={complete.isPending}
        >
          {t("markDone")}
        </Button>
      )}
    </div>
  );
}
