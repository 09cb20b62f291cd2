"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, FormField, Select } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { useServerErrorText } from "@/i18n/server-errors";

/** Puts the candidate into another position's pipeline at APPLIED; choosing one they are already in is harmless. */
export function AddToPosition({
  candidateId,
  currentPositionIds,
}: {
  candidateId: string;
  currentPositionIds: string[];
}) {
  const t = useTranslations("candidates");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.candidates.filterOptions.queryOptions());
  const [positionId, setPositionId] = useState("");
  const apply = useMutation(
    trpc.candidates.applyToPosition.mutationOptions({
      onSuccess: async () => {
        setPositionId("");
        await queryClient.invalidateQueries(trpc.candidates.pathFilter());
      },
    }),
  );
  const available = (options.data?.positions ?? []).filter((p) => !currentPositionIds.includes(p.id));
  return (
    <section aria-labelledby="add-position-title" className="max-w-3xl space-y-3">
      <h2 id="add-position-title" className="text-lg font-semibold">
        {t("addToPosition")}
      </h2>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (positionId) apply.mutate({ candidateId, positionId });
        }}
      >
        <FormField id="add-position" label={t("position")}>
          {(aria) => (
            <Select
              {...aria}
              className="w-80"
              value={positionId}
              onChange={(e) => setPositionId(e.target.value)}
            >
              <option value="">{t("choosePosition")}</option>
              {available.map((p) => (
                <option key={p.id} value={p.id}>
                  {t("positionOption", { title: p.title, department: p.department.name })}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit" disabled={!positionId || apply.isPending}>
          {t("addToPositionButton")}
        </Button>
      </form>
      {apply.error ? (
        <Alert tone="danger" role="alert">
          {serverErrorText(apply.error)}
        </Alert>
      ) : null}
      {apply.data ? (
        <Alert tone="success">
          {apply.data.created ? t("applied") : t("alreadyApplied")}{" "}
          <Link className="font-medium underline" href={`/hiring/applications/${apply.data.application.id}`}>
            {t("openApplication")}
          </Link>
        </Alert>
      ) : null}
    </section>
  );
}
