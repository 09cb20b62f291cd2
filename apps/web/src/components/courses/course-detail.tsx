"use client";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Badge, Button, PageHeader } from "@portal/ui";
import { useTRPC, useTRPCClient } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { ArchiveAction, ResourceNotices } from "@/components/resource/resource-actions";
import { useResourceActions } from "@/components/resource/use-resource-actions";
import { ContentEditor, type EditorMessage } from "./content-editor";
import { CourseDetailsForm } from "./course-details-form";
import { CoursePreview } from "./course-preview";
import { CourseRules } from "./course-rules";
import { EnrolPeople } from "@/components/progress/enrol-people";
import { ExportButton } from "./export-button";
import { QuestionStatsView } from "./question-stats";
import { VersionList } from "./version-list";
import { editable } from "./new-items";
import type { CourseData } from "./types";

const tabs = ["details", "content", "preview", "rules", "enrol", "stats"] as const;
type Tab = (typeof tabs)[number];

/** One course for its authors: details, content (draft editor), learner preview, rules, enrolment, statistics. */
export function CourseDetail({ id }: { id: string }) {
  const t = useTranslations("courses");
  const common = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const params = useSearchParams();
  const tab: Tab = tabs.find((x) => x === params.get("tab")) ?? "details";
  const client = useTRPCClient();
  const query = useQuery(trpc.courses.byId.queryOptions({ id }));
  const actions = useResourceActions({
    archive: (archived) => client.courses.setArchived.mutate({ id, archived }),
    refresh: () => queryClient.invalidateQueries(trpc.courses.pathFilter()),
  });
  const c = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {c ? (
        <>
          <p className="mb-2 text-sm">
            <Link href="/learning/courses" className="text-brand-700 hover:underline">
              <ArrowLeft aria-hidden="true" className="inline size-4" /> {t("title")}
            </Link>
          </p>
          <PageHeader
            title={c.title}
            description={c.summary || undefined}
            actions={
              <>
                <ExportButton courseId={id} title={c.title} hasPublished={!!c.published} />
                <ArchiveAction namespace="courses" archived={c.archived} actions={actions} />
              </>
            }
          />
          <div className="mb-4 flex flex-wrap gap-2">
            {c.published ? (
              <Badge tone="success">{t("publishedV", { version: c.published.version })}</Badge>
            ) : (
              <Badge>{t("notPublished")}</Badge>
            )}
            {c.draft ? <Badge tone="warning">{t("draftV", { version: c.draft.version })}</Badge> : null}
            {c.archived ? <Badge>{common("archived")}</Badge> : null}
          </div>
          <ResourceNotices namespace="courses" archived={c.archived} error={actions.error} />
          <nav aria-label={t("sections")} className="mb-6 border-b border-gray-200">
            <ul className="flex flex-wrap gap-1">
              {tabs.map((x) => (
                <li key={x}>
                  <Link
                    href={`/learning/courses/${id}?tab=${x}`}
                    scroll={false}
                    aria-current={x === tab ? "page" : undefined}
                    className={`inline-block border-b-2 px-3 py-2 text-sm ${x === tab ? "border-brand-700 font-semibold text-brand-800" : "border-transparent text-muted hover:text-ink"}`}
                  >
                    {t(`tab.${x}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <h2 className="sr-only">{t(`tab.${tab}`)}</h2>
          {tab === "details" ? <DetailsTab course={c} /> : null}
          {/* Kept mounted (hidden) so unsaved edits survive a look at the preview or the rules. */}
          <div hidden={tab !== "content"}>
            <ContentTab course={c} />
          </div>
          {tab === "preview" ? <PreviewTab course={c} /> : null}
          {tab === "rules" ? <CourseRules courseId={id} archived={c.archived} /> : null}
          {tab === "enrol" ? <EnrolPeople courseId={id} published={!!c.published && !c.archived} /> : null}
          {tab === "stats" ? <QuestionStatsView courseId={id} /> : null}
        </>
      ) : null}
    </QueryState>
  );
}

function DetailsTab({ course: c }: { course: CourseData }) {
  return (
    <CourseDetailsForm
      id={c.id}
      disabled={c.archived}
      initial={{
        title: c.title,
        summary: c.summary,
        feedbackAfterFail: c.feedbackAfterFail,
        feedbackAfterPass: c.feedbackAfterPass,
        segmentIds: c.segments.map((s) => s.id),
        departmentIds: c.departments.map((d) => d.id),
        positionIds: c.positions.map((p) => p.id),
      }}
    />
  );
}

function ContentTab({ course: c }: { course: CourseData }) {
  const t = useTranslations("courses");
  // "Use in a course" on a story's page opens the content with ?story=<id>: editing starts at once to add it.
  const fromStory = useSearchParams().get("story") ?? undefined;
  // Editing is tied to the published version it started from: after the next publish the view is read-only again.
  const [editingVersion, setEditingVersion] = useState<number | null>(() =>
    fromStory && !c.draft && c.published && !c.archived ? c.published.version : null,
  );
  const [message, setMessage] = useState<EditorMessage>();
  const shared = {
    courseId: c.id,
    course: { title: c.title, summary: c.summary },
    storyTitles: c.storyTitles,
    message,
    onMessage: setMessage,
  };
  const source = c.draft ?? c.published;
  const editing = !!source && editingVersion === source.version;
  const otherVersions = c.versions.some((v) => v.status !== "DRAFT");
  let body;
  if (!source) body = <Alert tone="warning">{t("noContent")}</Alert>;
  else if (c.archived)
    body = (
      <ContentEditor
        key={`ro-${source.version}`}
        {...shared}
        initial={editable(source.content)}
        hasDraft={!!c.draft}
        canDiscard={false}
        readOnly
      />
    );
  else if (c.draft)
    body = (
      <ContentEditor
        key={`draft-${c.draft.version}`}
        {...shared}
        fromStory={fromStory}
        initial={editable(c.draft.content)}
        hasDraft
        canDiscard={otherVersions}
        readOnly={false}
      />
    );
  else
    body = (
      <>
        <Alert tone="info" className="mb-4">
          <p>{t("publishedNoDraft", { version: source.version, next: source.version + 1 })}</p>
          {editing ? null : (
            <Button className="mt-2" onClick={() => setEditingVersion(source.version)}>
              {t("startEditing")}
            </Button>
          )}
        </Alert>
        <ContentEditor
          key={`pub-${source.version}-${editing}`}
          {...shared}
          fromStory={editing ? fromStory : undefined}
          initial={editable(source.content)}
          hasDraft={false}
          canDiscard={false}
          readOnly={!editing}
        />
      </>
    );
  return (
    <div className="space-y-8">
      <div>{body}</div>
      <VersionList versions={c.versions} />
    </div>
  );
}

function PreviewTab({ course: c }: { course: CourseData }) {
  const t = useTranslations("courses");
  const source = c.draft ?? c.published;
  if (!source) return <Alert tone="warning">{t("noContent")}</Alert>;
  return (
    <section aria-label={t("tab.preview")}>
      <Alert tone="info" className="mb-4">
        {t("previewNotice", { version: source.version, state: c.draft ? t("draft") : t("publishedState") })}
      </Alert>
      <CoursePreview content={editable(source.content)} />
    </section>
  );
}
