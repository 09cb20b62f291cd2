import { staffStatuses } from "@portal/validators";
import { listQuery, type ListParams } from "@/components/list/list-params";

/** /admin/staff's list in the URL: read by the page on the server (prefetch) and by StaffList in the browser. */
export const staffListSortable = ["name", "department", "position", "startDate", "status"] as const;
export const staffListFilterKeys = ["departmentId", "status"] as const;
export const staffListDefaultSort = "name";

type Status = (typeof staffStatuses)[number];
const asStatus = (v: string | undefined) =>
  (staffStatuses as readonly string[]).includes(v ?? "") ? (v as Status) : undefined;

/** The filters the list shows and the `staff.list` input they ask for (one derivation for the server and the browser). */
export function staffListQuery(list: ListParams<(typeof staffListSortable)[number]>) {
  const departmentId = list.filters.departmentId;
  const status = asStatus(list.filters.status);
  return {
    departmentId,
    status,
    input: { ...listQuery(list), includeArchived: list.includeArchived, departmentId, status },
  };
}
