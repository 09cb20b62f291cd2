"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Badge, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";

/** Per quiz and version: questions by failure rate, worst first, so authors know what to rewrite. */
export function QuestionStatsView({ courseId }: { courseId: string }) {
  const t = useTranslations("courses");
  const format = useFormatter();
  const pct = (x: number) => format.number(x, { style: "percent" });
  const trpc = useTRPC();
  const query = useQuery(trpc.courses.questionStats.queryOptions({ courseId }));
  const quizzes = query.data?.quizzes ?? [];
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      <p className="mb-4 text-sm text-muted">{t("statsHint")}</p>
      {quizzes.length === 0 ? <EmptyState title={t("noQuizzes")} description={t("noQuizzesHint")} /> : null}
      <div className="space-y-6">
        {quizzes.map((q) => (
          <section key={q.itemId} aria-labelledby={`stats-${q.itemId}`}>
            <h3 id={`stats-${q.itemId}`} className="mb-2 font-semibold">
              {q.title} <Badge className="ml-1">{t("versionN", { version: q.version })}</Badge>{" "}
              <span className="text-sm font-normal text-muted">
                {t("attemptsCount", { count: q.attempts })}
              </span>
            </h3>
            <Table>
              <THead>
                <tr>
                  <Th>{t("question")}</Th>
                  <Th>{t("answered")}</Th>
                  <Th>{t("wrong")}</Th>
                  <Th>{t("failureRate")}</Th>
                </tr>
              </THead>
              <TBody>
                {q.questions.map((s) => (
                  <Tr key={s.questionId}>
                    <Td>
                      {s.prompt} <span className="text-xs text-muted">({t(`kind.${s.kind}`)})</span>
                    </Td>
                    <Td>{s.attempts}</Td>
                    <Td>{s.wrong}</Td>
                    <Td>
                      {s.attempts === 0 ? (
                        "—"
                      ) : (
                        <Badge
                          tone={
                            s.failureRate >= 0.5 ? "danger" : s.failureRate >= 0.25 ? "warning" : "success"
                          }
                        >
                          {pct(s.failureRate)}
                        </Badge>
                      )}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </section>
        ))}
      </div>
    </QueryState>
  );
}
