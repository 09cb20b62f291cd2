import type { RouterInputs } from "@portal/api";
import { listQuery, type ListParams } from "@/components/list/list-params";

/** /learning/progress's list in the URL: read by the page on the server (prefetch) and by ProgressView in the browser. */
export const progressListSortable = ["dueAt", "name", "course"] as const;
export const progressListFilterKeys = ["courseId", "departmentId", "status"] as const;
export const progressListDefaultSort = "dueAt";
export const progressStatuses = ["all", "overdue", "open", "completed"] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

/** The filters the view shows and the `enrolments.progress` input they ask for (one derivation for both sides). */
export function progressListQuery(list: ListParams<(typeof progressListSortable)[number]>) {
  const status: ProgressStatus = progressStatuses.find((s) => s === list.filters.status) ?? "all";
  const { courseId, departmentId } = list.filters;
  return {
    courseId,
    departmentId,
    status,
    input: {
      ...listQuery(list),
      courseId,
      departmentId,
      status,
    } satisfies RouterInputs["enrolments"]["progress"],
  };
}
