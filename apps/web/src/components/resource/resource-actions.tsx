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
  const common = useTranslations("common");
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" disabled={actions.setArchived.isPending}>
          {archived ? t("restore") : t("archive")}
        </Button>
      }
      title={archived ? t("restoreTitle") : t("archiveTitle")}
      description={archived ? t("restoreBody") : t("archiveBody")}
      confirmLabel={archived ? t("restore") : t("archive")}
      cancelLabel={common("cancel")}
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
    <ConfirmDialog
      trigger={
        <Button variant="danger" disabled={actions.remove.isPending}>
          {common("delete")}
        </Button>
      }
      title={t("deleteTitle")}
      description={description}
      confirmLabel={common("delete")}
      cancelLabel={common("cancel")}
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
