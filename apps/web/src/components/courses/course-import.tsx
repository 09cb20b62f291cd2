"use client";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, FormField, Input, PageHeader, Textarea } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import type { ImportProblem } from "@portal/validators";
import { useImportProblemText } from "@/components/list/import-preview";
import { useServerErrorText } from "@/i18n/server-errors";

type Issue = ImportProblem & { path: string };

/** Choose or paste a course file; a bad file lists every problem with its place and creates nothing. */
export function CourseImport() {
  const t = useTranslations("courses");
  const problemText = useImportProblemText();
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [json, setJson] = useState("");
  const [issues, setIssues] = useState<Issue[]>([]);
  const [created, setCreated] = useState<string>();
  const [error, setError] = useState<string>();
  const importFile = useMutation(
    trpc.courses.importFile.mutationOptions({
      onMutate: () => {
        setIssues([]);
        setCreated(undefined);
        setError(undefined);
      },
      onSuccess: async (r) => {
        if (r.ok) {
          setCreated(r.courseId);
          await queryClient.invalidateQueries(trpc.courses.pathFilter());
        } else setIssues(r.issues);
      },
      onError: (e) => setError(serverErrorText(e)),
    }),
  );
  const onFile = async (file: File | undefined) => {
    if (file) setJson(await file.text());
  };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/learning/courses" className="text-brand-700 hover:underline">
          <ArrowLeft aria-hidden="true" className="inline size-4" /> {t("title")}
        </Link>
      </p>
      <PageHeader title={t("importTitle")} description={t("importDescription")} />
      <Card className="max-w-3xl space-y-4">
        <FormField id="course-file" label={t("chooseFile")}>
          {(aria) => (
            <Input
              {...aria}
              type="file"
              accept="application/json,.json"
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          )}
        </FormField>
        <FormField id="course-json" label={t("pasteJson")} hint={t("pasteJsonHint")}>
          {(aria) => (
            <Textarea
              {...aria}
              rows={12}
              className="font-mono text-xs"
              value={json}
              onChange={(e) => setJson(e.target.value)}
            />
          )}
        </FormField>
        <Button disabled={!json.trim() || importFile.isPending} onClick={() => importFile.mutate({ json })}>
          {importFile.isPending ? t("importing") : t("importAction")}
        </Button>
        {error ? (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        ) : null}
        {created ? (
          <Alert tone="success" role="status">
            {t("imported")}{" "}
            <Link href={`/learning/courses/${created}?tab=content`} className="font-medium underline">
              {t("openImported")}
            </Link>
          </Alert>
        ) : null}
        {issues.length > 0 ? (
          <Alert tone="danger" role="alert">
            <p className="font-medium">{t("importIssues", { count: issues.length })}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {issues.map((i, n) => (
                <li key={n}>
                  <code className="rounded bg-white/60 px-1">{i.path || t("wholeFile")}</code>:{" "}
                  {problemText(i)}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </Card>
    </>
  );
}
