import type { ComponentProps } from "react";
import { cn } from "./cn";

const tones = {
  info: "border-brand-100 bg-brand-50 text-brand-800",
  success: "border-green-200 bg-green-50 text-green-900",
  warning: "border-yellow-200 bg-yellow-50 text-yellow-900",
  danger: "border-red-200 bg-red-50 text-red-900",
} as const;

/** A status message; `role="status"` is polite, pass role="alert" for errors that need attention now. */
export function Alert({
  tone = "info",
  className,
  ...props
}: ComponentProps<"div"> & { tone?: keyof typeof tones }) {
  return (
    <div
      role="status"
      className={cn("rounded-md border px-4 py-3 text-sm", tones[tone], className)}
      {...props}
    />
  );
}
