"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { manualEnrolInput } from "@portal/validators";
import { Alert, Button, Card, FormField, Input, Select } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useErrorText } from "@/components/forms/use-form-errors";
import { useServerErrorText } from "@/i18n/server-errors";

type Person = { id: string; name: string; department: string };

/**
 * Enrol chosen people by hand: search staff (the staff list is already scoped, a head finds only their own
 * people), tick them, set the due date. Without a course given, the course is chosen among published ones.
 */
export function EnrolPeople({
  courseId: fixedCourseId,
  published = true,
}: {
  courseId?: string;
  published?: boolean;
}) {
  const t = useTranslations("courses");
  const serverErrorText = useServerErrorText();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const courses = useQuery({ ...trpc.courses.options.queryOptions(), enabled: !fixedCourseId });
  const [courseId, setCourseId] = useState(fixedCourseId ?? "");
  const [search, setSearch] = useState("");
  const [debounced, setDebounced] = useState("");
  const [chosen, setChosen] = useState<Person[]>([]);
  const [dueDays, setDueDays] = useState("14");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: "success" | "danger"; text: string }>();
  useEffect(() => {
    const id = setTimeout(() => setDebounced(search), 300);
    return () => clearTimeout(id);
  }, [search]);
  const staff = useQuery(trpc.staff.list.queryOptions({ search: debounced, pageSize: 10, sort: "name" }));
  const enrol = useMutation(
    trpc.enrolments.enrol.mutationOptions({
      onSuccess: async (r) => {
        setResult({
          tone: "success",
          text: t("enrolled", { enrolled: r.enrolled, already: r.alreadyEnrolled }),
        });
        setChosen([]);
        await queryClient.invalidateQueries(trpc.enrolments.pathFilter());
        await queryClient.invalidateQueries(trpc.courses.pathFilter());
      },
      onError: (e) => setResult({ tone: "danger", text: serverErrorText(e) }),
    }),
  );
  if (!published) return <Alert tone="warning">{t("enrolNeedsPublished")}</Alert>;
  const isChosen = (id: string) => chosen.some((p) => p.id === id);
  const toggle = (p: Person, on: boolean) =>
    setChosen(on ? [...chosen, p] : chosen.filter((x) => x.id !== p.id));
  const submit = () => {
    setResult(undefined);
    const parsed = manualEnrolInput.safeParse({
      courseId,
      staffMemberIds: chosen.map((p) => p.id),
      dueDays: dueDays.trim() === "" ? Number.NaN : Number(dueDays),
    });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    enrol.mutate(parsed.data);
  };
  return (
    <Card className="max-w-3xl space-y-4">
      <h3 className="text-lg font-semibold">{t("enrolTitle")}</h3>
      <p className="text-sm text-muted">{t("enrolHint")}</p>
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {fixedCourseId ? null : (
          <FormField id="enrol-course" label={t("course")} required error={errorText(errors.courseId)}>
            {(aria) => (
              <Select {...aria} value={courseId} onChange={(e) => setCourseId(e.target.value)}>
                <option value="">{t("chooseCourse")}</option>
                {courses.data?.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        )}
        <FormField id="enrol-search" label={t("findPeople")}>
          {(aria) => (
            <Input {...aria} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          )}
        </FormField>
        <fieldset aria-describedby={errors.staffMemberIds ? "enrol-people-error" : undefined}>
          <legend className="text-sm font-medium">{t("people", { count: chosen.length })}</legend>
          {errors.staffMemberIds ? (
            <p id="enrol-people-error" className="text-sm text-danger">
              {errorText(errors.staffMemberIds)}
            </p>
          ) : null}
          <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto">
            {chosen.map((p) => (
              <li key={p.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked onChange={() => toggle(p, false)} /> {p.name}{" "}
                  <span className="text-muted">({p.department})</span>
                </label>
              </li>
            ))}
            {staff.data?.items
              .filter((s) => !isChosen(s.id))
              .map((s) => {
                const p = { id: s.id, name: s.user.name, department: s.department.name };
                return (
                  <li key={s.id}>
                    <label className="flex items-center gap-2 text-sm">
                      <input type="checkbox" checked={false} onChange={() => toggle(p, true)} /> {p.name}{" "}
                      <span className="text-muted">({p.department})</span>
                    </label>
                  </li>
                );
              })}
          </ul>
          {staff.data && staff.data.total > staff.data.items.length ? (
            <p className="mt-1 text-xs text-muted">
              {t("morePeople", { count: staff.data.total - staff.data.items.length })}
            </p>
          ) : null}
        </fieldset>
        <FormField
          id="enrol-due"
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
        <Button type="submit" disabled={enrol.isPending}>
          {enrol.isPending ? t("enrolling") : t("enrolAction")}
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
