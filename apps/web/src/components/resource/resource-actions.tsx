"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Alert, Button, ConfirmDialog, PageHeader } from "@portal/ui";
import type { ResourceActions } from "./use-resource-actions";

/**
 * Texts come from the resource's message namespace, which has the same keys for every archivable resource:
 * archive, restore, archiveTitle, restoreTitle, archiveBody, restoreBody, archivedNotice, deleteTitle.
 */
type Namespace = "segments" | "departments" | "positions" | "courses";

/** A button that asks before it acts; disabled while the action runs. */
function ConfirmButton({
  variant,
  label,
  pending,
  title,
  description,
  destructive,
  onConfirm,
}: {
  variant: "secondary" | "danger";
  label: string;
  pending: boolean;
  title: string;
  description: string;
  destructive?: boolean;
  onConfirm: () => void;
}) {
  const common = useTranslations("common");
  return (
    <ConfirmDialog
      trigger={
        <Button variant={variant} disabled={pending}>
          {label}
        </Button>
      }
      title={title}
      description={description}
      confirmLabel={label}
      cancelLabel={common("cancel")}
      destructive={destructive}
      onConfirm={onConfirm}
    />
  );
}

/** The archive (or restore) button and its confirmation. */
export function ArchiveAction({
  namespace,
  archived,
  actions,
}: {
  namespace: Namespace;
  archived: boolean;
  actions: ResourceActions;
}) {
  const t = useTranslations(namespace);
  return (
    <ConfirmButton
      variant="secondary"
      label={archived ? t("restore") : t("archive")}
      pending={actions.setArchived.isPending}
      title={archived ? t("restoreTitle") : t("archiveTitle")}
      description={archived ? t("restoreBody") : t("archiveBody")}
      destructive={!archived}
      onConfirm={() => actions.setArchived.mutate(!archived)}
    />
  );
}

/** The delete button and its confirmation (`description` names what goes). */
export function DeleteAction({
  namespace,
  description,
  actions,
}: {
  namespace: Namespace;
  description: string;
  actions: ResourceActions;
}) {
  const t = useTranslations(namespace);
  const common = useTranslations("common");
  return (
    <ConfirmButton
      variant="danger"
      label={common("delete")}
      pending={actions.remove.isPending}
      title={t("deleteTitle")}
      description={description}
      onConfirm={() => actions.remove.mutate()}
    />
  );
}

/** A refused action (alert) and the "this is archived" notice, under the page header. */
export function ResourceNotices({
  namespace,
  archived,
  error,
}: {
  namespace: Namespace;
  archived: boolean;
  error: string | undefined;
}) {
  const t = useTranslations(namespace);
  return (
    <>
      {error ? (
        <Alert tone="danger" role="alert" className="mb-4">
          {error}
        </Alert>
      ) : null}
      {archived ? (
        <Alert tone="warning" className="mb-4">
          {t("archivedNotice")}
        </Alert>
      ) : null}
    </>
  );
}

/** Header of an archivable, deletable resource's page: title, archive and delete for editors, notices. */
export function ResourceDetailHeader({
  namespace,
  title,
  description,
  archived,
  canEdit,
  deleteDescription,
  actions,
}: {
  namespace: Namespace;
  title: string;
  description: string;
  archived: boolean;
  canEdit: boolean;
  deleteDescription: string;
  actions: ResourceActions;
}): ReactNode {
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          canEdit ? (
            <>
              <ArchiveAction namespace={namespace} archived={archived} actions={actions} />
              <DeleteAction namespace={namespace} description={deleteDescription} actions={actions} />
            </>
          ) : null
        }
      />
      <ResourceNotices namespace={namespace} archived={archived} error={actions.error} />
    </>
  );
}
