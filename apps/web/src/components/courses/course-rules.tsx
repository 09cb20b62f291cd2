"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { courseRuleCreate } from "@portal/validators";
import {
  Alert,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  FormField,
  Input,
  Select,
  Table,
  TBody,
  Td,
  Th,
  THead,
  Tr,
} from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useErrorText } from "@/components/forms/use-form-errors";
import { QueryState } from "@/components/list/query-state";
import type { RuleRow } from "./types";
import { useServerErrorText } from "@/i18n/server-errors";

type Kind = "department" | "position" | "segment";

function targetLabel(r: RuleRow) {
  if (r.department) return r.department.name;
  if (r.position) return `${r.position.title} (${r.position.department.name})`;
  return r.segment?.name ?? "";
}

/** Who must take the course: rules by department, position or segment; removing one keeps everybody's progress. */
export function CourseRules({ courseId, archived }: { courseId: string; archived: boolean }) {
  const t = useTranslations("courses");
  const common = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rules = useQuery(trpc.enrolments.rules.queryOptions({ courseId }));
  const [error, setError] = useState<string>();
  const remove = useMutation(
    trpc.enrolments.removeRule.mutationOptions({
      onSuccess: async () => {
        setError(undefined);
        await queryClient.invalidateQueries(trpc.enrolments.pathFilter());
      },
      onError: (e) => setError(serverErrorText(e)),
    }),
  );
  return (
    <div className="space-y-6">
      {archived ? null : <AddRule courseId={courseId} />}
      <section aria-labelledby="rules-heading">
        <h3 id="rules-heading" className="mb-2 text-lg font-semibold">
          {t("rules")}
        </h3>
        {error ? (
          <Alert tone="danger" role="alert" className="mb-3">
            {error}
          </Alert>
        ) : null}
        <QueryState isPending={rules.isPending} error={rules.error} onRetry={() => void rules.refetch()}>
          {rules.data && rules.data.length === 0 ? (
            <EmptyState title={t("noRules")} description={t("noRulesHint")} />
          ) : null}
          {rules.data && rules.data.length > 0 ? (
            <Table>
              <THead>
                <tr>
                  <Th>{t("target")}</Th>
                  <Th>{t("dueDays")}</Th>
                  <Th>{t("recertify")}</Th>
                  <Th>{t("enrolments")}</Th>
                  <Th>
                    <span className="sr-only">{t("actions")}</span>
                  </Th>
                </tr>
              </THead>
              <TBody>
                {rules.data.map((r) => (
                  <Tr key={r.id}>
                    <Td>
                      <Badge tone="info" className="mr-2">
                        {t(
                          `targetKind.${r.departmentId ? "department" : r.positionId ? "position" : "segment"}`,
                        )}
                      </Badge>
                      {targetLabel(r)}
                    </Td>
                    <Td>{t("days", { count: r.dueDays })}</Td>
                    <Td>{r.recertifyMonths ? t("months", { count: r.recertifyMonths }) : common("none")}</Td>
                    <Td>{r.enrolments}</Td>
                    <Td>
                      {r.removedAt ? (
                        <Badge>
                          {t("removedOn", {
                            date: format.dateTime(new Date(r.removedAt), { dateStyle: "medium" }),
                          })}
                        </Badge>
                      ) : (
                        <ConfirmDialog
                          trigger={
                            <Button size="sm" variant="danger" disabled={remove.isPending}>
                              {t("removeRule", { target: targetLabel(r) })}
                            </Button>
                          }
                          title={t("removeRuleTitle")}
                          description={t("removeRuleBody")}
                          confirmLabel={t("removeRuleConfirm")}
                          cancelLabel={common("cancel")}
                          onConfirm={() => remove.mutate({ id: r.id })}
                        />
                      )}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          ) : null}
        </QueryState>
      </section>
    </div>
  );
}

function AddRule({ courseId }: { courseId: string }) {
  const t = useTranslations("courses");
  const serverErrorText = useServerErrorText();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const segments = useQuery(trpc.segments.options.queryOptions());
  const departments = useQuery(trpc.departments.options.queryOptions());
  const positions = useQuery(trpc.positions.options.queryOptions({}));
  const departmentName = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
  const [kind, setKind] = useState<Kind>("department");
  const [targetId, setTargetId] = useState("");
  const [dueDays, setDueDays] = useState("30");
  const [recertify, setRecertify] = useState("");
  const [enrolNow, setEnrolNow] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: "success" | "danger" | "info"; text: string }>();
  const add = useMutation(
    trpc.enrolments.addRule.mutationOptions({
      onSuccess: async (r) => {
        setResult(
          r.created
            ? {
                tone: "success",
                text: enrolNow ? t("ruleAddedEnrolled", { count: r.enrolled }) : t("ruleAdded"),
              }
            : { tone: "info", text: t("ruleExists") },
        );
        setTargetId("");
        await queryClient.invalidateQueries(trpc.enrolments.pathFilter());
        await queryClient.invalidateQueries(trpc.courses.pathFilter());
      },
      onError: (e) => setResult({ tone: "danger", text: serverErrorText(e) }),
    }),
  );
  const options =
    kind === "department"
      ? (departments.data ?? []).map((d) => ({ id: d.id, label: d.name }))
      : kind === "segment"
        ? (segments.data ?? []).map((s) => ({ id: s.id, label: s.name }))
        : (positions.data ?? []).map((p) => ({
            id: p.id,
            label: `${p.title} (${departmentName.get(p.departmentId) ?? ""})`,
          }));
  const submit = () => {
    setResult(undefined);
    const target =
      kind === "department"
        ? { kind, departmentId: targetId }
        : kind === "position"
          ? { kind, positionId: targetId }
          : { kind, segmentId: targetId };
    const input = {
      courseId,
      target,
      dueDays: dueDays.trim() === "" ? Number.NaN : Number(dueDays),
      recertifyMonths: recertify.trim() === "" ? null : Number(recertify),
      enrolExisting: enrolNow,
    };
    const parsed = courseRuleCreate.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === "target" ? "target" : String(issue.path[0]);
        next[key] ??= issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    add.mutate(parsed.data);
  };
  return (
    <Card className="max-w-3xl space-y-4">
      <h3 className="text-lg font-semibold">{t("addRule")}</h3>
      <p className="text-sm text-muted">{t("addRuleHint")}</p>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <FormField id="rule-kind" label={t("targetKindLabel")}>
            {(aria) => (
              <Select
                {...aria}
                value={kind}
                onChange={(e) => {
                  setKind(e.target.value as Kind);
                  setTargetId("");
                }}
              >
                {(["department", "position", "segment"] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`targetKind.${k}`)}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField id="rule-target" label={t("target")} required error={errorText(errors.target)}>
            {(aria) => (
              <Select {...aria} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
                <option value="">{t("chooseTarget")}</option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField
            id="rule-due"
            label={t("dueDays")}
            hint={t("dueDaysHint")}
            required
            error={errorText(errors.dueDays)}
          >
            {(aria) => (
              <Input
                {...aria}
                type="number"
                min={0}
                max={3650}
                value={dueDays}
                onChange={(e) => setDueDays(e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id="rule-recertify"
            label={t("recertifyMonths")}
            hint={t("recertifyHint")}
            error={errorText(errors.recertifyMonths)}
          >
            {(aria) => (
              <Input
                {...aria}
                type="number"
                min={1}
                max={120}
                value={recertify}
                onChange={(e) => setRecertify(e.target.value)}
              />
            )}
          </FormField>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={enrolNow} onChange={(e) => setEnrolNow(e.target.checked)} />
          {t("enrolNow")}
        </label>
        <Button type="submit" disabled={add.isPending}>
          {add.isPending ? t("adding") : t("addRuleAction")}
        </Button>
        {result ? (
          <Alert tone={result.tone} role={result.tone === "danger" ? "alert" : "status"}>
            {result.text}
          </Alert>
        ) : null}
      </form>
    </Card>
  );
}
