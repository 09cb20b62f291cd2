"use client";
import { useCallback } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { csvFile, type DownloadFile } from "./use-download";

export type CsvCell = string | number | null | undefined;

/**
 * The delimiter a spreadsheet in this locale expects: ";" where numbers are written with a decimal comma (sv, da,
 * fr, el…), since there "," is part of a number; "," elsewhere. Read from the locale's own number format.
 */
export function csvDelimiter(locale: string): "," | ";" {
  // eslint-disable-next-line portal/no-hand-formatting -- reads the locale's decimal separator; formats nothing shown
  const decimal = new Intl.NumberFormat(locale).formatToParts(0.5).find((p) => p.type === "decimal")?.value;
  return decimal === "," ? ";" : ",";
}

/**
 * Writes a CSV file for the reader's spreadsheet (papaparse, loaded on first use): the locale's delimiter, CRLF
 * lines, a byte-order mark (csvFile), and cells a spreadsheet would run as a formula ("=HYPERLINK(…)") escaped.
 */
export function useCsvFile() {
  const locale = useLocale();
  return useCallback(
    async (rows: CsvCell[][], fileName: string): Promise<DownloadFile> => {
      const { default: Papa } = await import("papaparse");
      const text = Papa.unparse(rows, {
        delimiter: csvDelimiter(locale),
        newline: "\r\n",
        escapeFormulae: true,
      });
      return csvFile(`${text}\r\n`, fileName);
    },
    [locale],
  );
}

/**
 * Cell values as the reader's spreadsheet reads them: numbers without grouping (a grouping space would make them
 * text) and with the locale's decimal mark, dates as the locale's numeric date in the portal's time zone, yes/no
 * in words.
 */
export function useCsvValues() {
  const format = useFormatter();
  const common = useTranslations("common");
  return {
    number: useCallback(
      (n: number | null | undefined, maximumFractionDigits = 2) =>
        n === null || n === undefined ? "" : format.number(n, { useGrouping: false, maximumFractionDigits }),
      [format],
    ),
    date: useCallback(
      (d: Date | string | null | undefined) =>
        d ? format.dateTime(new Date(d), { year: "numeric", month: "2-digit", day: "2-digit" }) : "",
      [format],
    ),
    yesNo: useCallback((b: boolean) => (b ? common("yes") : common("no")), [common]),
  };
}
