"use client";
import { useFormatter } from "next-intl";

/** A labelled bar (role=progressbar) for a 0-1 share. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const format = useFormatter();
  const percent = Math.round(value * 100);
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 w-28 overflow-hidden rounded-full bg-gray-200"
      >
        <div className="h-full bg-brand-700" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-xs tabular-nums">{format.number(percent / 100, { style: "percent" })}</span>
    </div>
  );
}
