"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useServerErrorText } from "@/i18n/server-errors";

/**
 * Archive/restore and delete for a resource's page: refreshes the resource's queries after each, goes back to
 * the list after a delete, and keeps the last refusal to show (see ResourceNotices).
 */
export function useResourceActions({
  archive,
  remove,
  refresh,
  listHref,
}: {
  archive: (archived: boolean) => Promise<unknown>;
  remove?: () => Promise<unknown>;
  /** Invalidates the queries that show the resource. */
  refresh: () => Promise<unknown>;
  listHref?: string;
}) {
  const router = useRouter();
  const serverErrorText = useServerErrorText();
  const [error, setError] = useState<string>();
  const afterChange = async () => {
    setError(undefined);
    await refresh();
  };
  const onError = (e: Error) => setError(serverErrorText(e));
  const setArchived = useMutation({ mutationFn: archive, onSuccess: afterChange, onError });
  const deletion = useMutation({
    mutationFn: async () => remove?.(),
    onSuccess: async () => {
      await afterChange();
      if (listHref) router.push(listHref);
    },
    onError,
  });
  return { error, setArchived, remove: deletion };
}

export type ResourceActions = ReturnType<typeof useResourceActions>;
