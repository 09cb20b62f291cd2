"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

/** Stage moves refresh every pipeline view (board, ranking, stats, the positions' counts). */
export function usePipelineMutations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.pipeline.pathFilter());
  const move = useMutation(trpc.pipeline.move.mutationOptions({ onSettled: refresh }));
  const bulkReject = useMutation(trpc.pipeline.bulkReject.mutationOptions({ onSettled: refresh }));
  return { move, bulkReject };
}
