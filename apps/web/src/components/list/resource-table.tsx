"use client";
import type { ComponentProps } from "react";
import {
  createColumnHelper,
  FlexRender,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { Table, TBody, Td, Th, THead, Tr } from "@portal/ui";
import { SortHeader } from "./sort-header";

/** Column meta: classes for the column's body cells. */
type ResourceColumnMeta = { className?: string };

/**
 * Sorting is the only table feature: rows arrive paged and sorted by the server, the table only describes
 * columns and holds which column the server sorts by (manualSorting, no client row model).
 */
const features = tableFeatures({ rowSortingFeature, columnMeta: {} as ResourceColumnMeta });
type Features = typeof features;

/** What `resourceColumns<TRow>().columns([...])` returns: columns whose values differ in type, in one array. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TanStack's own element type for mixed value types
export type ResourceColumns<TRow extends RowData> = Array<ColumnDef<Features, TRow, any>>;

/**
 * Column helper for resource tables. An `accessor` column is sortable: its id is the server's sort key and its
 * value what the server sorts by. A `display` column is not.
 */
export const resourceColumns = <TRow extends RowData>() => createColumnHelper<Features, TRow>();

export type ServerSort<S extends string = string> = {
  sort: S;
  direction: "asc" | "desc";
  onSort: (sort: { column: S; direction: "asc" | "desc" }) => void;
};

const noSorting: SortingState = [];

/** A table of one page of server rows; column headers of sortable columns drive the server's sort. */
export function ResourceTable<TRow extends RowData>({
  columns,
  rows,
  rowId,
  sorting,
  rowProps,
}: {
  /** Stable (module scope or memoized): a new array rebuilds the table. */
  columns: ResourceColumns<TRow>;
  rows: readonly TRow[];
  rowId: (row: TRow) => string;
  sorting?: ServerSort;
  rowProps?: (row: TRow) => ComponentProps<"tr"> & Record<`data-${string}`, string | number>;
}) {
  const sortingState: SortingState = sorting
    ? [{ id: sorting.sort, desc: sorting.direction === "desc" }]
    : noSorting;
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = (typeof updater === "function" ? updater(sortingState) : updater)[0];
    if (next && sorting) sorting.onSort({ column: next.id, direction: next.desc ? "desc" : "asc" });
  };
  const table = useTable({
    features,
    columns,
    data: rows as TRow[],
    getRowId: (row) => rowId(row),
    state: { sorting: sortingState },
    onSortingChange,
    manualSorting: true,
    enableSorting: !!sorting,
    enableMultiSort: false,
    // A click on another column sorts it ascending, a second click flips it; a sort is never removed.
    sortDescFirst: false,
    enableSortingRemoval: false,
  });
  return (
    <Table>
      <THead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const label = String(header.column.columnDef.header ?? header.id);
              return header.column.getCanSort() && sorting ? (
                <SortHeader
                  key={header.id}
                  column={header.column.id}
                  label={label}
                  sort={sorting.sort}
                  direction={sorting.direction}
                  onSort={() => header.column.toggleSorting()}
                />
              ) : (
                <Th key={header.id} scope="col">
                  {label}
                </Th>
              );
            })}
          </tr>
        ))}
      </THead>
      <TBody>
        {table.getRowModel().rows.map((row) => (
          <Tr key={row.id} {...rowProps?.(row.original)}>
            {row.getAllCells().map((cell) => (
              <Td key={cell.id} className={cell.column.columnDef.meta?.className}>
                <FlexRender cell={cell} />
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
