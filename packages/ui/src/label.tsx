import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * A native label: Radix's Label only added "no text selection on double click", and with it Radix Primitive and Slot
 * (1.6 kB gzipped) on every page with a form (tooling/bench-load/BENCHMARKS.md, first-load JavaScript).
 */
export function Label({ className, ...props }: ComponentProps<"label">) {
  // eslint-disable-next-line jsx-a11y/label-has-associated-control -- callers pass htmlFor (FormField does)
  return <label className={cn("text-sm font-medium text-ink", className)} {...props} />;
}
