"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Badge, Button, Card, ConfirmDialog, PageHeader } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { QueryState } from "@/components/list/query-state";
import { OneTimePassword } from "./one-time-password";
import { UserEditForm } from "./user-edit-form";
import { useServerErrorText } from "@/i18n/server-errors";

export function UserDetail({ id, currentUserId }: { id: string; currentUserId: string }) {
  const t = useTranslations("users");
  const common = useTranslations("common");
  const serverErrorText = useServerErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.users.byId.queryOptions({ id }));
  const [resetError, setResetError] = useState<string>();
  const [issued, setIssued] = useState<string>();
  const reset = useMutation(
    trpc.users.resetPassword.mutationOptions({
      onMutate: () => {
        setResetError(undefined);
        setIssued(undefined);
      },
      onSuccess: async (r) => {
        setIssued(r.oneTimePassword);
        await queryClient.invalidateQueries(trpc.users.pathFilter());
      },
      onError: (e) => setResetError(serverErrorText(e)),
    }),
  );
  const u = query.data;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {u ? (
        <>
          <PageHeader
            title={u.name}
            description={`${u.email} · ${t(`roles.${u.role}`)}`}
            actions={
              <ConfirmDialog
                trigger={
                  <Button variant="secondary" disabled={reset.isPending}>
                    {t("resetPassword")}
                  </Button>
                }
                title={t("resetTitle", { name: u.name })}
                description={t("resetBody")}
                confirmLabel={t("resetPassword")}
                cancelLabel={common("cancel")}
                onConfirm={() => reset.mutate({ id })}
              />
            }
          />
          <div className="mb-6 max-w-2xl space-y-4">
            {resetError ? (
              <Alert tone="danger" role="alert">
                {resetError}
              </Alert>
            ) : null}
            {issued ? (
              <>
                <Alert tone="success">{t("passwordReset")}</Alert>
                <OneTimePassword password={issued} name={u.name} email={u.email} />
              </>
            ) : null}
            {!u.active ? <Alert tone="warning">{t("inactive")}</Alert> : null}
            {u.mustChangePassword && !issued ? <Badge tone="warning">{t("pendingPassword")}</Badge> : null}
            {u.headOf.length > 0 || u.staffMember ? (
              <Card className="space-y-2 text-sm">
                {u.headOf.length > 0 ? (
                  <p>
                    <span className="font-medium">{t("headOf")}:</span>{" "}
                    {u.headOf.map((d, i) => (
                      <span key={d.id}>
                        {i > 0 ? ", " : null}
                        <Link className="text-brand-700 hover:underline" href={`/admin/departments/${d.id}`}>
                          {d.name}
                        </Link>
                      </span>
                    ))}
                  </p>
                ) : null}
                {u.staffMember ? (
                  <p>
                    <Link
                      className="text-brand-700 hover:underline"
                      href={`/admin/staff/${u.staffMember.id}`}
                    >
                      {t("openStaffRecord")}
                    </Link>
                  </p>
                ) : null}
              </Card>
            ) : null}
          </div>
          <h2 className="mb-3 text-lg font-semibold">{t("edit")}</h2>
          <UserEditForm
            id={id}
            self={id === currentUserId}
            initial={{ name: u.name, role: u.role, active: u.active }}
          />
        </>
      ) : null}
    </QueryState>
  );
}
