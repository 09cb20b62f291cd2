"use client";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { overrideReason, revokeSignOffInput } from "@portal/validators";
import { Alert, Button, Card, FormField, Textarea } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { ReasonDialog } from "@/components/forms/reason-dialog";
import type { PersonView } from "./types";

/** The server's rules: a revocation reason is required; an override reason says why in at least 20 characters. */
const reasonSchema = revokeSignOffInput.shape.reason;
const overrideReasonSchema = overrideReason;
import { useReadinessText } from "./use-readiness-text";
import { useServerErrorText } from "@/i18n/server-errors";

/**
 * Sign off with a comment. While a must-have is unmet the plain button is replaced by an explanation and an
 * override that needs a reason; the server applies the same rule, and its refusal is shown here if it differs.
 */
export function SignOffPanel({ person }: { person: PersonView }) {
  const t = useTranslations("readiness.signOff");
  const serverErrorText = useServerErrorText();
  const format = useFormatter();
  const text = useReadinessText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [comment, setComment] = useState("");
  const [dialog, setDialog] = useState<"override" | "revoke" | null>(null);
  const [done, setDone] = useState<"signed" | "revoked" | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.readiness.pathFilter());
  const signOff = useMutation(
    trpc.readiness.signOff.mutationOptions({
      onSuccess: async () => {
        setDone("signed");
        setComment("");
        await refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.readiness.revoke.mutationOptions({
      onSuccess: async () => {
        setDone("revoked");
        await refresh();
      },
    }),
  );
  const name = person.staff.user.name;
  const current = person.signOff;
  const blockers = person.items
    .filter((i) => i.blocking)
    .map((i) => (i.kind === "course" ? text.courseName(i.title) : text.name(i.summary)));
  const holds = person.status === "SIGNED_OFF" && current;

  return (
    <Card aria-labelledby="sign-off-title" className="space-y-4">
      <h2 id="sign-off-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {done ? <Alert tone="success">{done === "signed" ? t("done", { name }) : t("revoked")}</Alert> : null}
      {current ? (
        <div className="text-sm">
          <p>
            {t(current.override ? "inForceOverride" : "inForce", {
              by: current.signedOffBy?.name ?? t("someone"),
              date: format.dateTime(current.signedOffAt, { dateStyle: "medium" }),
            })}
          </p>
          {current.overrideReason ? (
            <p className="mt-1 font-medium text-danger">
              {t("overrideReason", { reason: current.overrideReason })}
            </p>
          ) : null}
        </div>
      ) : null}
      {!person.canSignOff ? (
        person.staff.positionId ? (
          <p className="text-sm text-muted">{t("cannot")}</p>
        ) : null
      ) : holds ? null : (
        <form
          noValidate
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            signOff.reset();
            signOff.mutate({ staffMemberId: person.staff.id, comment });
          }}
        >
          {signOff.error && dialog === null ? (
            <Alert tone="danger" role="alert">
              {serverErrorText(signOff.error)}
            </Alert>
          ) : null}
          <FormField id="sign-off-comment" label={t("comment")} hint={t("commentHint")}>
            {(aria) => (
              <Textarea
                {...aria}
                rows={2}
                maxLength={2000}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
            )}
          </FormField>
          {person.mustHavesMet ? (
            <Button type="submit" disabled={signOff.isPending}>
              {signOff.isPending ? t("signing") : t("submit")}
            </Button>
          ) : (
            <>
              <Alert tone="warning" id="sign-off-unmet">
                {t("unmet", { blockers: blockers.join(", ") })}
              </Alert>
              <Button
                type="button"
                variant="secondary"
                aria-describedby="sign-off-unmet"
                onClick={() => setDialog("override")}
              >
                {t("withOverride")}
              </Button>
            </>
          )}
        </form>
      )}
      {person.canSignOff && current ? (
        <Button type="button" variant="danger" onClick={() => setDialog("revoke")}>
          {t("revoke")}
        </Button>
      ) : null}
      <ReasonDialog
        open={dialog === "override"}
        onOpenChange={(open) => setDialog(open ? "override" : null)}
        id="override-reason"
        title={t("overrideTitle")}
        description={t("overrideDescription", { name })}
        label={t("overrideReasonLabel")}
        confirmLabel={t("confirmOverride")}
        schema={overrideReasonSchema}
        maxLength={2000}
        onConfirm={(overrideReason) =>
          signOff.mutateAsync({ staffMemberId: person.staff.id, comment, overrideReason })
        }
      />
      {current ? (
        <ReasonDialog
          open={dialog === "revoke"}
          onOpenChange={(open) => setDialog(open ? "revoke" : null)}
          id="revoke-reason"
          title={t("revokeTitle")}
          description={t("revokeDescription", { name })}
          label={t("revokeReason")}
          confirmLabel={t("confirmRevoke")}
          destructive
          schema={reasonSchema}
          maxLength={2000}
          onConfirm={(reason) => revoke.mutateAsync({ signOffId: current.id, reason })}
        />
      ) : null}
    </Card>
  );
}
