"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, ConfirmDialog, FormField, Input, Spinner } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useServerErrorText } from "@/i18n/server-errors";
import type { CandidateDetail } from "./types";

/** Upload (PDF/DOCX, 5 MB, checked by content on the server), download and delete through /api/candidates/<id>/cv. */
export function CvPanel({ candidate, canManage }: { candidate: CandidateDetail; canManage: boolean }) {
  const t = useTranslations("candidates");
  const common = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const url = `/api/candidates/${encodeURIComponent(candidate.id)}/cv`;
  const cv = candidate.cv;

  const send = async (method: "POST" | "DELETE", body?: FormData) => {
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(url, { method, body });
      if (!res.ok) {
        // A refusal's body carries its message key and params (server/refusal.ts).
        const data: unknown = await res.json().catch(() => null);
        setMessage({ tone: "danger", text: data ? serverErrorText(data) : t("cvFailed") });
        return;
      }
      setMessage({ tone: "success", text: method === "POST" ? t("cvUploaded") : t("cvDeleted") });
      setFile(null);
      if (input.current) input.current.value = "";
      await queryClient.invalidateQueries(trpc.candidates.pathFilter());
    } catch {
      setMessage({ tone: "danger", text: t("cvFailed") });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="cv-title" className="max-w-3xl space-y-3">
      <h2 id="cv-title" className="text-lg font-semibold">
        {t("cv")}
      </h2>
      {cv ? (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span className="font-medium">{cv.fileName}</span>
          <span className="text-muted">
            {t("cvMeta", {
              size: Math.max(1, Math.round(cv.size / 1024)),
              date: format.dateTime(cv.uploadedAt, { dateStyle: "medium" }),
            })}
          </span>
          <Button asChild variant="secondary" size="sm">
            <a href={url} download>
              {t("cvDownload")}
            </a>
          </Button>
          {canManage ? (
            <ConfirmDialog
              trigger={
                <Button variant="danger" size="sm" disabled={busy}>
                  {t("cvDelete")}
                </Button>
              }
              title={t("cvDeleteTitle")}
              description={t("cvDeleteBody", { file: cv.fileName })}
              confirmLabel={t("cvDelete")}
              cancelLabel={common("cancel")}
              onConfirm={() => void send("DELETE")}
            />
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-muted">{t("noCv")}</p>
      )}
      {canManage && !candidate.anonymized ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return;
            const body = new FormData();
            body.set("file", file);
            void send("POST", body);
          }}
        >
          <FormField id="cv-file" label={cv ? t("cvReplace") : t("cvUpload")} hint={t("cvHint")}>
            {(aria) => (
              <Input
                {...aria}
                ref={input}
                type="file"
                accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                className="h-auto py-1.5"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </FormField>
          <Button type="submit" disabled={!file || busy}>
            {t("cvUploadButton")}
          </Button>
          {busy ? <Spinner label={t("cvWorking")} /> : null}
        </form>
      ) : null}
      {message ? (
        <Alert tone={message.tone} role={message.tone === "danger" ? "alert" : "status"}>
          {message.text}
        </Alert>
      ) : null}
    </section>
  );
}
