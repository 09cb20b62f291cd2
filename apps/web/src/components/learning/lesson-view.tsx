"use client";
import { useTranslations } from "next-intl";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button } from "@portal/ui";
import { useTRPC } from "@/trpc/react";
import { Markdown } from "./markdown";
import type { LessonItem } from "./types";

export function LessonView({ enrolmentId, item }: { enrolmentId: string; item: LessonItem }) {
  const t = useTranslations("learning");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const complete = useMutation(
    trpc.learning.completeLesson.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.learning.pathKey() }) }),
  );
  return (
    <div className="space-y-4">
      <Markdown source={item.body} />
      {complete.error ? <Alert tone="danger" role="alert">{complete.error.message}</Alert> : null}
      {item.done ? (
        <p className="text-sm font-medium text-green-800">✓ {t("markedDone")}</p>
      ) : (
        <Button onClick={() => complete.mutate({ enrolmentId, itemId: item.id })} disabled={complete.isPending}>
          {t("markDone")}
        </Button>
      )}
    </div>
  );
}
