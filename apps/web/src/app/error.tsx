"use client";
import { lazy, Suspense } from "react";

// The root error boundary is part of every page's first load; its view (Card, Alert, Button and the class-name
// merger) loads only when a page has failed.
const ErrorView = lazy(() => import("./error-view"));

/** Any page that fails: see ./error-view.tsx. */
export default function ErrorPage(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Suspense fallback={null}>
      <ErrorView {...props} />
    </Suspense>
  );
}
