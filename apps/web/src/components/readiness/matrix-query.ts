/**
 * The readiness dashboard's matrix query, read from its address and the caller's departments. Pure (no "use
 * client"), so the page's server component prefetches exactly what `ReadinessDashboard` then asks for: the same
 * department (the address's when it is one of the caller's, else the first) and the same filters and page.
 */
import { readinessStatuses } from "@portal/validators";
import { readListParams, type ListParams, type SearchParamsReader } from "@/components/list/list-params";

/** The matrix is in name order only. */
export const readinessSortable = ["name"] as const;
export const readinessFilterKeys = ["departmentId", "positionId", "status"] as const;
const pageSizes = [10, 25, 50, 100] as const;

export type ReadinessList = ListParams<"name">;

export const readReadinessList = (params: SearchParamsReader): ReadinessList =>
  readListParams(params, "name", readinessSortable, readinessFilterKeys);

/**
 * `departments` in the order `departments.options` gives them. `chosen` is the address's department when valid;
 * `departmentId` is the one shown (the first without a valid one), undefined only when the caller has none.
 */
export function readinessMatrixQuery(list: ReadinessList, departments: readonly { id: string }[]) {
  const chosen = departments.find((d) => d.id === list.filters.departmentId)?.id;
  const departmentId = chosen ?? departments[0]?.id;
  const status = readinessStatuses.find((s) => s === list.filters.status);
  const pageSize = pageSizes.find((n) => n === list.pageSize) ?? 25;
  /** The filters without paging: the CSV export's input. */
  const filter = {
    departmentId: departmentId ?? "",
    positionId: list.filters.positionId,
    status,
    search: list.search,
  };
  return { chosen, departmentId, status, filter, input: { ...filter, page: list.page, pageSize } };
}
