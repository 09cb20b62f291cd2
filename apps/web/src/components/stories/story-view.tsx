"use client";
import Link from "next/link";
import { useEffect, useId, useState, type FormEvent } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@portal/api";
import { storyBodyFields, storyCommentInput, storyLimits, storyReason } from "@portal/validators";
import {
  Alert,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  Dialog,
  FormField,
  Input,
  PageHeader,
  Spinner,
  Textarea,
} from "@portal/ui";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { ReasonDialog } from "@/components/forms/reason-dialog";
import { useErrorText } from "@/components/forms/use-form-errors";
import { Markdown } from "@/components/learning/markdown";
import { languageName } from "@/i18n/language-name";
import { useServerErrorText } from "@/i18n/server-errors";
import { StoryByline } from "./story-byline";

type Story = RouterOutputs["stories"]["get"];

/** A story with what the reader may do on it: edit and submit (author), moderate, mark useful, comment. */
export function StoryView({ id }: { id: string }) {
  const t = useTranslations("stories");
  const trpc = useTRPC();
  const query = useQuery(trpc.stories.get.queryOptions({ id }));
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {query.data ? <StoryBody story={query.data} /> : null}
      <p className="mt-6">
        <Link href="/stories" className="text-brand-700 underline">
          {t("view.back")}
        </Link>
      </p>
    </QueryState>
  );
}

function StoryBody({ story }: { story: Story }) {
  const t = useTranslations("stories");
  const format = useFormatter();
  const locale = useLocale();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const serverErrorText = useServerErrorText();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [dialog, setDialog] = useState<"submit" | "publish" | "return" | "decline" | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.stories.pathFilter());
  const act = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: async () => {
      setError(undefined);
      await refresh();
    },
    onError: (e) => setError(serverErrorText(e)),
  });
  const moderate = async (decision: "return" | "decline", comment: string) => {
    await client.stories.moderate.mutate({ id: story.id, decision, comment });
    setNotice(t("moderation.done"));
    await refresh();
  };
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const moderator = story.moderator?.name ?? "";

  return (
    <article lang={story.language} className="space-y-4">
      <PageHeader
        title={story.title}
        actions={
          story.can.edit ? (
            <Button asChild variant="secondary">
              <Link href={`/stories/${story.id}/edit`}>{t("view.edit")}</Link>
            </Button>
          ) : null
        }
      />
      <div lang={locale} className="flex flex-wrap items-center gap-2 text-sm text-muted">
        <Badge>{t(`statuses.${story.status}`)}</Badge>
        <span>
          <StoryByline story={story} />
        </span>
        <span>· {story.segment.name}</span>
        <span>· {t("view.languageNote", { language: languageName(locale, story.language) })}</span>
        {story.publishedAt ? <span>· {t("list.publishedAt", { date: date(story.publishedAt) })}</span> : null}
        {story.tags.map((tag) => (
          <Badge key={tag} tone="neutral">
            {tag}
          </Badge>
        ))}
      </div>
      <div lang={locale} className="space-y-2">
        {error ? (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        ) : null}
        {notice ? (
          <Alert tone="success" role="status">
            {notice}
          </Alert>
        ) : null}
        {story.status === "RETURNED" && story.moderationComment ? (
          <Alert tone="warning">
            {t("view.returnedNote", { moderator, comment: story.moderationComment })}
          </Alert>
        ) : null}
        {story.status === "DECLINED" && story.moderationComment ? (
          <Alert tone="danger">
            {t("view.declinedNote", { moderator, reason: story.moderationComment })}
          </Alert>
        ) : null}
        {story.status === "SUBMITTED" && story.submittedAt ? (
          <Alert>{t("view.submittedNote", { date: date(story.submittedAt) })}</Alert>
        ) : null}
      </div>
      <Card className="space-y-5">
        {storyBodyFields.map((field) =>
          story[field].trim() ? (
            <section key={field} aria-labelledby={`story-${field}`}>
              <h2 id={`story-${field}`} lang={locale} className="mb-2 text-lg font-semibold">
                {t(`view.${field}`)}
              </h2>
              <Markdown source={story[field]} />
            </section>
          ) : null,
        )}
      </Card>

      <div lang={locale} className="flex flex-wrap gap-2">
        {story.can.submit ? (
          <Button disabled={act.isPending} onClick={() => setDialog("submit")}>
            {t("view.submit")}
          </Button>
        ) : null}
        {story.can.moderate ? (
          <div role="group" aria-label={t("moderation.actions")} className="flex flex-wrap gap-2">
            <Button disabled={act.isPending} onClick={() => setDialog("publish")}>
              {t("moderation.publish")}
            </Button>
            <Button variant="secondary" disabled={act.isPending} onClick={() => setDialog("return")}>
              {t("moderation.return")}
            </Button>
            <Button variant="danger" disabled={act.isPending} onClick={() => setDialog("decline")}>
              {t("moderation.decline")}
            </Button>
          </div>
        ) : null}
      </div>

      {story.status === "PUBLISHED" ? (
        <div lang={locale} className="space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            {story.can.markUseful ? (
              <Button
                variant={story.usefulByMe ? "primary" : "secondary"}
                aria-pressed={story.usefulByMe}
                disabled={act.isPending}
                onClick={() =>
                  act.mutate(() =>
                    client.stories.setUseful.mutate({ id: story.id, useful: !story.usefulByMe }),
                  )
                }
              >
                {t("view.useful")}
              </Button>
            ) : null}
            <span className="text-sm text-muted" aria-live="polite">
              {t("view.usefulCount", { count: story.usefulCount })}
            </span>
          </div>
          <StoryCourses story={story} />
          <Comments story={story} onAdded={refresh} />
        </div>
      ) : null}

      <ConfirmDialog
        open={dialog === "submit"}
        onOpenChange={(open) => setDialog(open ? "submit" : null)}
        title={t("form.submitTitle")}
        description={t("form.submitBody")}
        confirmLabel={t("view.submit")}
        cancelLabel={t("form.cancel")}
        destructive={false}
        onConfirm={() => act.mutate(() => client.stories.submit.mutate({ id: story.id }))}
      />
      <ConfirmDialog
        open={dialog === "publish"}
        onOpenChange={(open) => setDialog(open ? "publish" : null)}
        title={t("moderation.publishTitle")}
        description={t("moderation.publishBody")}
        confirmLabel={t("moderation.publish")}
        cancelLabel={t("form.cancel")}
        destructive={false}
        onConfirm={() =>
          act.mutate(async () => {
            await client.stories.moderate.mutate({ id: story.id, decision: "publish" });
            setNotice(t("moderation.done"));
          })
        }
      />
      <ReasonDialog
        open={dialog === "return"}
        onOpenChange={(open) => setDialog(open ? "return" : null)}
        id="story-return-comment"
        title={t("moderation.returnTitle")}
        description={t("moderation.returnBody")}
        label={t("moderation.returnLabel")}
        confirmLabel={t("moderation.return")}
        schema={storyReason}
        maxLength={storyLimits.reason}
        onConfirm={(comment) => moderate("return", comment)}
      />
      <ReasonDialog
        open={dialog === "decline"}
        onOpenChange={(open) => setDialog(open ? "decline" : null)}
        id="story-decline-reason"
        title={t("moderation.declineTitle")}
        description={t("moderation.declineBody")}
        label={t("moderation.declineLabel")}
        confirmLabel={t("moderation.decline")}
        destructive
        schema={storyReason}
        maxLength={storyLimits.reason}
        onConfirm={(reason) => moderate("decline", reason)}
      />
    </article>
  );
}

/** The courses whose scenarios were written from this story: published ones, and drafts for course authors. */
function StoryCourses({ story }: { story: Story }) {
  const t = useTranslations("stories");
  const courses = story.courses;
  return (
    <section aria-labelledby="story-courses" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="story-courses" className="text-lg font-semibold">
          {t("courses.title")}
        </h2>
        {story.canUseInCourse ? <UseInCourse storyId={story.id} /> : null}
      </div>
      {courses.length === 0 ? (
        <p className="text-sm text-muted">{t("courses.none")}</p>
      ) : (
        <ul className="space-y-1">
          {courses.map((c) => {
            const label = t("courses.version", { title: c.title, version: c.version });
            const href = c.canEdit
              ? `/learning/courses/${c.courseId}`
              : c.enrolmentId
                ? `/learning/${c.enrolmentId}`
                : null;
            return (
              <li key={`${c.courseId}-${c.version}`} className="flex flex-wrap items-center gap-2 text-sm">
                {href ? (
                  <Link href={href} className="text-brand-700 underline">
                    {label}
                  </Link>
                ) : (
                  <span>{label}</span>
                )}
                {c.status === "DRAFT" ? <Badge tone="warning">{t("courses.draft")}</Badge> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** For course authors: choose a course; its content opens with a scenario written from this story added. */
function UseInCourse({ storyId }: { storyId: string }) {
  const t = useTranslations("stories");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const serverErrorText = useServerErrorText();
  const searchId = useId();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const [debounced, setDebounced] = useState("");
  useEffect(() => {
    const id = setTimeout(() => setDebounced(search.trim()), 300);
    return () => clearTimeout(id);
  }, [search]);
  const courses = useQuery({
    ...trpc.courses.list.queryOptions({ search: debounced, pageSize: 10, sort: "title" }),
    enabled: open,
  });
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        {t("courses.use")}
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={t("courses.useTitle")}
        description={t("courses.useBody")}
      >
        <div className="space-y-3">
          <div>
            <label htmlFor={searchId} className="mb-1 block text-sm font-medium">
              {t("courses.search")}
            </label>
            <Input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          {courses.isPending ? <Spinner label={common("loading")} /> : null}
          {courses.error ? (
            <Alert tone="danger" role="alert">
              {serverErrorText(courses.error)}
            </Alert>
          ) : null}
          {courses.data?.items.length === 0 ? (
            <p className="text-sm text-muted">{t("courses.noMatch")}</p>
          ) : null}
          <ul className="space-y-1" aria-label={t("courses.choose")}>
            {courses.data?.items.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/learning/courses/${c.id}?tab=content&story=${storyId}`}
                  className="text-brand-700 underline"
                >
                  {c.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </Dialog>
    </>
  );
}

function Comments({ story, onAdded }: { story: Story; onAdded: () => Promise<unknown> }) {
  const t = useTranslations("stories");
  const format = useFormatter();
  const client = useTRPCClient();
  const errorText = useErrorText();
  const serverErrorText = useServerErrorText();
  const fieldId = useId();
  const [body, setBody] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const send = useMutation({
    mutationFn: (text: string) => client.stories.comment.mutate({ id: story.id, body: text }),
    onSuccess: async () => {
      setBody("");
      setFieldError(undefined);
      await onAdded();
    },
    onError: (e) => setFieldError(serverErrorText(e)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = storyCommentInput.shape.body.safeParse(body);
    if (!parsed.success) return setFieldError(errorText(parsed.error.issues[0]?.message));
    send.mutate(parsed.data);
  };
  return (
    <section aria-labelledby="story-comments" className="space-y-3">
      <h2 id="story-comments" className="text-lg font-semibold">
        {t("view.comments")}
      </h2>
      {story.comments.length === 0 ? <p className="text-sm text-muted">{t("view.noComments")}</p> : null}
      <ul className="space-y-2">
        {story.comments.map((c) => (
          <li key={c.id} className="rounded-md border border-gray-200 bg-white p-3">
            <p className="whitespace-pre-wrap text-sm">{c.body}</p>
            <p className="mt-1 text-xs text-muted">
              {t("view.commentBy", {
                name: c.authorName ?? t("view.commentByAuthor"),
                date: format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
          </li>
        ))}
      </ul>
      {story.can.comment ? (
        <form noValidate onSubmit={submit} className="space-y-2">
          <FormField id={fieldId} label={t("view.commentLabel")} error={fieldError}>
            {(aria) => (
              <Textarea
                {...aria}
                rows={3}
                value={body}
                maxLength={storyLimits.comment}
                onChange={(e) => setBody(e.target.value)}
              />
            )}
          </FormField>
          <Button type="submit" disabled={send.isPending}>
            {t("view.commentSend")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
