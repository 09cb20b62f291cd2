"use client";
import { Button } from "@portal/ui";

/** Opens the browser's print dialog (the page's print styles decide what is printed). */
export function PrintButton({ label }: { label: string }) {
  return <Button onClick={() => window.print()}>{label}</Button>;
}
