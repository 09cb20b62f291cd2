"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import type { CourseData } from "./types";

const tone = { DRAFT: "warning", PUBLISHED: "success", SUPERSEDED: "neutral" } as const;

/** Every version with its state and how many learners are on it (they stay on theirs when a new one is published). */
export function VersionList({ versions }: { versions: CourseData["versions"] }) {
  const t = useTranslations("courses");
  const format = useFormatter();
  return (
    <section aria-labelledby="versions-heading">
      <h3 id="versions-heading" className="mb-2 text-lg font-semibold">
        {t("versions")}
      </h3>
      <Table>
        <THead>
          <tr>
            <Th>{t("version")}</Th>
            <Th>{t("versionStatus")}</Th>
            <Th>{t("publishedAt")}</Th>
            <Th>{t("learners")}</Th>
          </tr>
        </THead>
        <TBody>
          {versions.map((v) => (
            <Tr key={v.id}>
              <Td>{v.version}</Td>
              <Td>
                <Badge tone={tone[v.status]}>{t(`versionState.${v.status}`)}</Badge>
              </Td>
              <Td>
                {v.publishedAt ? format.dateTime(new Date(v.publishedAt), { dateStyle: "medium" }) : "—"}
              </Td>
              <Td>{v.learners}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}
