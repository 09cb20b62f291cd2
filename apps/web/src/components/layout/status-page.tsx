import type { ReactNode } from "react";
import { Card } from "@portal/ui";

/**
 * What happened and where to go: the not-found, forbidden and error pages (a heading, a sentence, a way on). The way
 * home is a plain link (a full load, which also recovers from a failed state): next/link here put its 3.2 kB on the
 * first load of the pages outside the portal shell, whose root not-found page is this (tooling/bench-load/BENCHMARKS.md).
 */
export function StatusPage({
  title,
  text,
  homeLabel,
  children,
}: {
  title: string;
  text: ReactNode;
  homeLabel: string;
  children?: ReactNode;
}) {
  return (
    <div className="flex min-h-[50vh] items-center justify-center px-4">
      <Card className="w-full max-w-md space-y-4">
        <h1 className="text-xl font-semibold text-ink">{title}</h1>
        <div className="text-sm text-gray-700">{text}</div>
        <div className="flex flex-wrap items-center gap-3">
          {children}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose, see above */}
          <a
            href="/"
            className="font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800"
          >
            {homeLabel}
          </a>
        </div>
      </Card>
    </div>
  );
}
