"use client";
import { useTranslations } from "next-intl";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useDownload } from "@/components/download/use-download";

const fileName = (title: string, which: string) =>
  `${
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "course"
  }-${which}.json`;

/** Downloads the course as the JSON exchange file (names instead of ids), published version or the draft. */
export function ExportButton({
  courseId,
  title,
  hasPublished,
}: {
  courseId: string;
  title: string;
  hasPublished: boolean;
}) {
  const t = useTranslations("courses");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const which = hasPublished ? "published" : "draft";
  const { busy, error, download } = useDownload(async () => {
    const file = await queryClient.fetchQuery({
      ...trpc.courses.exportFile.queryOptions({ courseId, which }),
      staleTime: 0,
    });
    return {
      text: JSON.stringify(file, null, 2),
      fileName: fileName(title, which),
      type: "application/json",
    };
  });
  return (
    <>
      <Button variant="secondary" onClick={() => void download()} disabled={busy}>
        {busy ? t("exporting") : hasPublished ? t("export") : t("exportDraft")}
      </Button>
      {error ? (
        <Alert tone="danger" role="alert">
          {t("exportError", { message: error })}
        </Alert>
      ) : null}
    </>
  );
}
