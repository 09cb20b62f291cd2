"use client";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { courseContentInput } from "@portal/validators";
import { Alert, Button, Card, ConfirmDialog, Select } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { CourseLanguages, MissingTranslations, type EditLanguage } from "./course-languages";
import { ModuleEditor } from "./module-editor";
import { TranslationEditor } from "./translation-editor";
import { move } from "./new-items";
import { StoryLinksProvider } from "./story-scenario";
import type { Content, FieldErrors } from "./types";
import { useServerErrorText } from "@/i18n/server-errors";

/** Client-side check with the server's schema; issues keyed by their dotted path so each field finds its own. */
export function validateContent(content: Content): FieldErrors {
  const result = courseContentInput.safeParse(content);
  const errors = new Map<string, string>();
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join(".");
    if (!errors.has(key)) errors.set(key, issue.message);
  }
  return errors;
}

export type EditorMessage = { tone: "success" | "danger"; text: string } | undefined;
/** The message lives with the caller: publishing or a first save swaps the editor (draft <-> published) and must not lose it. */
type Props = {
  courseId: string;
  /** The course's title and summary in its main language, the originals of their translations. */
  course: { title: string; summary: string };
  /** Titles of the stories the content's scenarios were written from, by id. */
  storyTitles: Record<string, string>;
  /** A story to add as a scenario when the editor opens (from the story's "Use in a course"). */
  fromStory?: string;
  initial: Content;
  hasDraft: boolean;
  canDiscard: boolean;
  readOnly: boolean;
  message: EditorMessage;
  onMessage: (m: EditorMessage) => void;
};

/**
 * The draft's editor. Saving validates first with the same schema as the server (its errors come back
 * flattened, without paths), then saves the whole content; the server keeps one draft per course.
 */
export function ContentEditor({
  courseId,
  course,
  storyTitles,
  fromStory,
  initial,
  hasDraft,
  canDiscard,
  readOnly,
  message,
  onMessage: setMessage,
}: Props) {
  const t = useTranslations("courses");
  const common = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const segments = useQuery(trpc.segments.options.queryOptions());
  const [content, setContent] = useState<Content>(initial);
  const [saved, setSaved] = useState(() => JSON.stringify(initial));
  const [checked, setChecked] = useState(false);
  const [editing, setEditing] = useState<EditLanguage>("main");
  const [addedTitles, setAddedTitles] = useState<Record<string, string>>({});
  const router = useRouter();
  const storyAdded = useRef(false);
  useEffect(() => {
    if (!fromStory || readOnly || storyAdded.current) return;
    storyAdded.current = true;
    // Once: the address loses ?story= so a reload does not add it again.
    router.replace(`/learning/courses/${courseId}?tab=content`, { scroll: false });
    queryClient
      .fetchQuery(
        trpc.courses.scenarioFromStory.queryOptions({ courseId, storyId: fromStory }, { staleTime: 0 }),
      )
      .then((r) => {
        setAddedTitles({ [r.story.id]: r.story.title });
        setContent((c) => {
          const modules = c.modules.length > 0 ? c.modules : [{ title: "", items: [] }];
          const last = modules.length - 1;
          return {
            ...c,
            modules: modules.map((m, i) => (i === last ? { ...m, items: [...m.items, r.item] } : m)),
          };
        });
        setMessage({
          tone: "success",
          text: t("fromStory.added", { title: r.story.title, module: Math.max(content.modules.length, 1) }),
        });
      })
      .catch((e: unknown) => setMessage({ tone: "danger", text: serverErrorText(e) }));
    // Runs once for the story the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromStory, readOnly]);
  const dirty = JSON.stringify(content) !== saved;
  // Once the author tried to save, errors follow their edits so a fixed field clears at once.
  const errors = useMemo(
    () => (checked ? validateContent(content) : new Map<string, string>()),
    [checked, content],
  );
  const refresh = () => queryClient.invalidateQueries(trpc.courses.pathFilter());
  const save = useMutation(
    trpc.courses.saveContent.mutationOptions({
      onSuccess: async (r, input) => {
        setSaved(JSON.stringify(input.content));
        setMessage({
          tone: "success",
          text: r.changed ? t("draftSaved", { version: r.version }) : t("nothingChanged"),
        });
        await refresh();
      },
      onError: (e) => setMessage({ tone: "danger", text: serverErrorText(e) }),
    }),
  );
  const publish = useMutation(
    trpc.courses.publish.mutationOptions({
      onSuccess: async (r) => {
        setMessage({ tone: "success", text: t("published", { version: r.version }) });
        await refresh();
      },
      onError: (e) => setMessage({ tone: "danger", text: serverErrorText(e) }),
    }),
  );
  const discard = useMutation(
    trpc.courses.discardDraft.mutationOptions({
      onSuccess: refresh,
      onError: (e) => setMessage({ tone: "danger", text: serverErrorText(e) }),
    }),
  );
  const onSave = () => {
    setChecked(true);
    const problems = validateContent(content);
    if (problems.size > 0) {
      setMessage({ tone: "danger", text: t("fixProblems", { count: problems.size }) });
      return;
    }
    save.mutate({ courseId, content });
  };
  const modules = content.modules;
  const setModules = (next: Content["modules"]) => setContent({ ...content, modules: next });
  const outcome = content.outcome;

  return (
    <div className="space-y-4">
      {message ? (
        <Alert tone={message.tone} role={message.tone === "danger" ? "alert" : "status"}>
          {message.text}
        </Alert>
      ) : null}
      <Card className="space-y-3">
        <h3 className="font-semibold">{t("outcome")}</h3>
        <p className="text-sm text-muted">{t("outcomeHint")}</p>
        <div className="flex flex-wrap gap-3">
          <div>
            <label htmlFor="outcome-segment" className="mb-1 block text-sm font-medium">
              {t("outcomeSegment")}
            </label>
            <Select
              id="outcome-segment"
              disabled={readOnly}
              value={outcome?.segmentId ?? ""}
              onChange={(e) =>
                setContent({
                  ...content,
                  outcome: e.target.value ? { segmentId: e.target.value, level: outcome?.level ?? 1 } : null,
                })
              }
            >
              <option value="">{t("noOutcome")}</option>
              {segments.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <label htmlFor="outcome-level" className="mb-1 block text-sm font-medium">
              {t("outcomeLevel")}
            </label>
            <Select
              id="outcome-level"
              disabled={readOnly || !outcome}
              value={outcome?.level ?? ""}
              onChange={(e) =>
                outcome && setContent({ ...content, outcome: { ...outcome, level: Number(e.target.value) } })
              }
            >
              {outcome ? null : <option value="">—</option>}
              {[1, 2, 3, 4].map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </Select>
          </div>
        </div>
      </Card>
      <CourseLanguages
        content={content}
        onChange={setContent}
        editing={editing}
        onEditing={setEditing}
        readOnly={readOnly}
      />
      {editing !== "main" && content.locales.includes(editing) ? (
        <TranslationEditor
          content={content}
          locale={editing}
          course={course}
          readOnly={readOnly}
          errors={errors}
          onChange={setContent}
        />
      ) : (
        <StoryLinksProvider
          courseId={courseId}
          mainLocale={content.mainLocale}
          initialTitles={{ ...storyTitles, ...addedTitles }}
        >
          <fieldset disabled={readOnly} className="space-y-4">
            <legend className="sr-only">{t("modules")}</legend>
            {modules.length === 0 ? <p className="text-sm text-muted">{t("noModules")}</p> : null}
            {modules.map((m, i) => (
              <ModuleEditor
                key={i}
                value={m}
                index={i}
                count={modules.length}
                errors={errors}
                onChange={(next) => setModules(modules.map((x, j) => (j === i ? next : x)))}
                onMove={(to) => setModules(move(modules, i, to))}
                onRemove={() => setModules(modules.filter((_, j) => j !== i))}
              />
            ))}
            <Button
              type="button"
              variant="secondary"
              onClick={() => setModules([...modules, { title: "", items: [] }])}
            >
              {t("addModule")}
            </Button>
          </fieldset>
        </StoryLinksProvider>
      )}
      <MissingTranslations content={content} />
      {readOnly ? null : (
        <div className="sticky bottom-0 flex flex-wrap items-center gap-2 border-t border-gray-200 bg-white py-3">
          <Button type="button" onClick={onSave} disabled={save.isPending}>
            {save.isPending ? common("saving") : t("saveDraft")}
          </Button>
          <ConfirmDialog
            trigger={
              <Button type="button" variant="secondary" disabled={!hasDraft || dirty || publish.isPending}>
                {t("publish")}
              </Button>
            }
            title={t("publishTitle")}
            description={t("publishBody")}
            confirmLabel={t("publish")}
            cancelLabel={common("cancel")}
            destructive={false}
            onConfirm={() => publish.mutate({ id: courseId })}
          />
          {canDiscard ? (
            <ConfirmDialog
              trigger={
                <Button type="button" variant="danger" disabled={discard.isPending}>
                  {t("discardDraft")}
                </Button>
              }
              title={t("discardTitle")}
              description={t("discardBody")}
              confirmLabel={t("discardDraft")}
              cancelLabel={common("cancel")}
              onConfirm={() => discard.mutate({ id: courseId })}
            />
          ) : null}
          <span className="text-sm text-muted" role="status">
            {dirty ? t("unsaved") : hasDraft ? t("allSaved") : ""}
          </span>
          {dirty && hasDraft ? <span className="text-sm text-muted">{t("saveBeforePublish")}</span> : null}
        </div>
      )}
    </div>
  );
}
