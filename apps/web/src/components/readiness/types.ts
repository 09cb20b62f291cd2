import { Check, Contrast, X, type LucideIcon } from "lucide-react";
import type { RouterOutputs } from "@portal/api";
import { readinessStatuses as validatorStatuses } from "@portal/validators";

export type Matrix = RouterOutputs["readiness"]["matrix"];
export type MatrixColumn = Matrix["columns"][number];
export type MatrixRow = Matrix["items"][number];
export type MatrixCell = MatrixRow["cells"][string];
export type PersonView = RouterOutputs["readiness"]["person"];
export type PersonItem = PersonView["items"][number];
export type RequirementSummary = Extract<MatrixColumn, { kind: "requirement" }>["requirement"];
export type TimelineEvent = RouterOutputs["readiness"]["timeline"][number];
export type ReadinessStatus = PersonView["status"];
export type CellStatus = MatrixCell["status"];

/** The validators' list (the filter's and the REST schema's), checked against the statuses the API returns. */
export const readinessStatuses = validatorStatuses satisfies readonly ReadinessStatus[];

export const statusTone = {
  NOT_STARTED: "neutral",
  IN_PROGRESS: "info",
  READY_FOR_REVIEW: "warning",
  SIGNED_OFF: "success",
  LAPSED: "danger",
} as const satisfies Record<ReadinessStatus, string>;

/** Each cell status has its own icon and pattern, so the heat map reads without colour too. */
export const cellLook = {
  met: { Icon: Check, className: "bg-green-100 text-green-900" },
  partial: { Icon: Contrast, className: "bg-yellow-100 text-yellow-900" },
  missing: { Icon: X, className: "bg-red-100 text-red-900" },
} as const satisfies Record<CellStatus, { Icon: LucideIcon; className: string }>;

/** The element id of an item on the person page; a matrix cell links to it (`#item-…`). */
export const itemAnchor = (key: string) => `item-${key.replace(/[^a-zA-Z0-9_-]+/g, "-")}`;
