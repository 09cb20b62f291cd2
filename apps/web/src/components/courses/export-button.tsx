"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";

const fileName = (title: string, which: string) => `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "course"}-${which}.json`;

/** Downloads the course as the JSON exchange file (names instead of ids), published version or the draft. */
export function ExportButton({ courseId, title, hasPublished }: { courseId: string; title: string; hasPublished: boolean }) {
  const t = useTranslations("courses");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const which = hasPublished ? "published" : "draft";
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = await queryClient.fetchQuery({ ...trpc.courses.exportFile.queryOptions({ courseId, which }), staleTime: 0 });
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName(title, which);
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="secondary" onClick={() => void download()} disabled={busy}>
        {busy ? t("exporting") : hasPublished ? t("export") : t("exportDraft")}
      </Button>
      {error ? <Alert tone="danger" role="alert">{t("exportError", { message: error })}</Alert> : null}
    </>
  );
}
