"use client";
import { useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE_DIGEST } from "@portal/api/outage-digest";
import { Alert, Button } from "@portal/ui";
import { StatusPage } from "@/components/layout/status-page";

/**
 * Any page that fails (loaded by ./error.tsx only when a page has failed). In production the error's message never reaches the browser, only its digest: a database
 * outage carries a known one (packages/api/src/outage.ts) and gets the localized "cannot reach its database".
 */
export default function ErrorView({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("common");
  const states = useTranslations("states");
  const outage = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <main id="main">
      <StatusPage
        title={states("error.title")}
        homeLabel={states("home")}
        text={
          <Alert tone={outage ? "warning" : "danger"} role="alert">
            {outage ? t("databaseUnavailable") : t("unexpectedError")}
          </Alert>
        }
      >
        <Button type="button" onClick={reset}>
          {t("retry")}
        </Button>
      </StatusPage>
    </main>
  );
}
