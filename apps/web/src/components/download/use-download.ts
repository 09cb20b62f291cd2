"use client";
import { useState } from "react";
import { useServerErrorText } from "@/i18n/server-errors";

export type DownloadFile = { text: string; fileName: string; type: string };

/** Hands text to the browser as a file download. */
export function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(url);
}

/** A CSV file spreadsheet programs read as UTF-8 (a byte-order mark first; our imports skip it). */
export const csvFile = (csv: string, fileName: string): DownloadFile => ({
  text: `\uFEFF${csv}`,
  fileName,
  type: "text/csv;charset=utf-8",
});

/**
 * A button's download: `produce` fetches or builds the file; while it runs `busy` is set, and a failure is kept
 * in `error` (cleared on the next try) instead of being thrown into the page.
 */
export function useDownload(produce: () => Promise<DownloadFile>) {
  const serverErrorText = useServerErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = await produce();
      downloadText(file.text, file.fileName, file.type);
    } catch (e) {
      setError(serverErrorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, download };
}
