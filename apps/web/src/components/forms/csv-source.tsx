"use client";
import { FormField, Input, Textarea } from "@portal/ui";

/** A CSV to import: choose a file (read in the browser) or paste the text; both fill the same value. */
export function CsvSource({
  value,
  onChange,
  fileLabel,
  textLabel,
}: {
  value: string;
  onChange: (csv: string) => void;
  fileLabel: string;
  textLabel: string;
}) {
  return (
    <>
      <FormField id="csv-file" label={fileLabel}>
        {(aria) => (
          <Input
            {...aria}
            type="file"
            accept=".csv,text/csv"
            className="h-auto py-1.5"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) onChange(await file.text());
            }}
          />
        )}
      </FormField>
      <FormField id="csv-text" label={textLabel}>
        {(aria) => (
          <Textarea
            {...aria}
            rows={10}
            className="font-mono text-xs"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            spellCheck={false}
          />
        )}
      </FormField>
    </>
  );
}
