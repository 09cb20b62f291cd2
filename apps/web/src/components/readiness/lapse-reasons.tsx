"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@portal/ui";
import type { PersonView } from "./types";
import { useReadinessText } from "./use-readiness-text";

/** Why a sign-off stopped holding: an expired certificate, or a requirement the profile gained since. */
export function LapseReasons({ person }: { person: PersonView }) {
  const t = useTranslations("readiness");
  const text = useReadinessText();
  const requirementName = (id: string) => {
    const item = person.items.find((i) => i.kind === "requirement" && i.requirementId === id);
    return item?.kind === "requirement" ? `${text.name(item.summary)} (${text.target(item.summary)})` : id;
  };
  return (
    <Alert tone="danger">
      <p className="font-semibold">{t("lapsedTitle")}</p>
      <ul className="mt-1 list-disc pl-5">
        {person.lapsed.map((l) => (
          <li key={l.kind === "certificateExpired" ? l.courseId : l.requirementId}>
            {l.kind === "certificateExpired"
              ? t("lapse.certificateExpired", { title: l.title })
              : t("lapse.newRequirement", { requirement: requirementName(l.requirementId) })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
