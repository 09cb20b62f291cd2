"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, Input, Select } from "@portal/ui";
import { staffingProposalInput } from "@portal/validators";
import { useTRPC } from "@/trpc/react";
import { useErrorText } from "@/components/forms/use-form-errors";
import type { ProposalRequest } from "./types";

type Props = { value: ProposalRequest; onChange: (next: ProposalRequest) => void; disabled: boolean };

/** The server's rule for the move cost (0-100; a negative cost is refused, never read as 0). */
export const moveCostError = (moveCost: number) =>
  staffingProposalInput.shape.moveCost.safeParse(moveCost).error?.issues[0]?.message;

/** "Structure follows the marketing strategy": try capacities and departments without saving anything. */
export function WhatIfEditor({ value, onChange, disabled }: Props) {
  const t = useTranslations("staffing");
  const trpc = useTRPC();
  const departments = useQuery(trpc.departments.options.queryOptions()).data ?? [];
  const segments = useQuery(trpc.segments.options.queryOptions()).data ?? [];
  const name = (id: string) => departments.find((d) => d.id === id)?.name ?? id;
  const segmentName = (id: string) => segments.find((s) => s.id === id)?.name ?? id;
  const ids = useId();
  const errorText = useErrorText();
  const costError = errorText(moveCostError(value.moveCost));
  const [capacityFor, setCapacityFor] = useState("");
  const [capacity, setCapacity] = useState("");
  const [removeId, setRemoveId] = useState("");
  const [added, setAdded] = useState({ name: "", segmentId: "", requiredLevel: "2", capacity: "5" });
  const whole = (s: string) => (/^\d{1,5}$/.test(s) ? Number(s) : null);

  const setCapacityChange = () => {
    const n = whole(capacity);
    if (!capacityFor || n === null) return;
    onChange({
      ...value,
      capacities: [
        ...value.capacities.filter((c) => c.departmentId !== capacityFor),
        { departmentId: capacityFor, capacity: n },
      ],
    });
    setCapacity("");
  };
  const addRemoval = () => {
    if (!removeId || value.removedDepartmentIds.includes(removeId)) return;
    onChange({ ...value, removedDepartmentIds: [...value.removedDepartmentIds, removeId] });
  };
  const addDepartment = () => {
    const n = whole(added.capacity);
    if (!added.name.trim() || !added.segmentId || n === null) return;
    const key = `${Date.now().toString(36)}${value.addedDepartments.length}`;
    onChange({
      ...value,
      addedDepartments: [
        ...value.addedDepartments,
        {
          key,
          name: added.name.trim(),
          segmentId: added.segmentId,
          requiredLevel: Number(added.requiredLevel),
          capacity: n,
        },
      ],
    });
    setAdded({ ...added, name: "" });
  };
  const changes = value.capacities.length + value.removedDepartmentIds.length + value.addedDepartments.length;

  return (
    <fieldset disabled={disabled} className="space-y-4">
      <legend className="text-lg font-semibold">{t("settings")}</legend>
      <div className="max-w-xs">
        <label htmlFor={`${ids}-cost`} className="mb-1 block text-sm font-medium">
          {t("moveCost")}
        </label>
        <Input
          id={`${ids}-cost`}
          type="number"
          min={0}
          max={100}
          value={Number.isNaN(value.moveCost) ? "" : value.moveCost}
          aria-describedby={costError ? `${ids}-cost-error ${ids}-cost-hint` : `${ids}-cost-hint`}
          aria-invalid={costError ? true : undefined}
          onChange={(e) =>
            onChange({ ...value, moveCost: e.target.value === "" ? Number.NaN : Number(e.target.value) })
          }
        />
        {costError ? (
          <p id={`${ids}-cost-error`} role="alert" className="mt-1 text-sm text-danger">
            {costError}
          </p>
        ) : null}
        <p id={`${ids}-cost-hint`} className="mt-1 text-sm text-muted">
          {t("moveCostHint")}
        </p>
      </div>
      <details className="rounded border border-gray-200 p-3" open={changes > 0}>
        <summary className="cursor-pointer font-medium">
          {t("whatIf")}{" "}
          {changes > 0 ? <Badge tone="warning">{t("whatIfCount", { count: changes })}</Badge> : null}
        </summary>
        <p className="my-2 text-sm text-muted">{t("whatIfHint")}</p>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor={`${ids}-cap-dept`} className="mb-1 block text-sm font-medium">
                {t("capacityOf")}
              </label>
              <Select
                id={`${ids}-cap-dept`}
                value={capacityFor}
                onChange={(e) => setCapacityFor(e.target.value)}
              >
                <option value="">{t("chooseDepartment")}</option>
                {departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </Select>
            </div>
            <div className="w-24">
              <label htmlFor={`${ids}-cap`} className="mb-1 block text-sm font-medium">
                {t("capacity")}
              </label>
              <Input
                id={`${ids}-cap`}
                type="number"
                min={0}
                value={capacity}
                onChange={(e) => setCapacity(e.target.value)}
              />
            </div>
            <Button type="button" variant="secondary" onClick={setCapacityChange}>
              {t("setCapacity")}
            </Button>
          </div>
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor={`${ids}-remove`} className="mb-1 block text-sm font-medium">
                {t("removeDepartment")}
              </label>
              <Select id={`${ids}-remove`} value={removeId} onChange={(e) => setRemoveId(e.target.value)}>
                <option value="">{t("chooseDepartment")}</option>
                {departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </Select>
            </div>
            <Button type="button" variant="secondary" onClick={addRemoval}>
              {t("remove")}
            </Button>
          </div>
          <div className="flex flex-wrap items-end gap-2 md:col-span-2">
            <div>
              <label htmlFor={`${ids}-add-name`} className="mb-1 block text-sm font-medium">
                {t("newDepartment")}
              </label>
              <Input
                id={`${ids}-add-name`}
                value={added.name}
                onChange={(e) => setAdded({ ...added, name: e.target.value })}
              />
            </div>
            <div>
              <label htmlFor={`${ids}-add-segment`} className="mb-1 block text-sm font-medium">
                {t("segment")}
              </label>
              <Select
                id={`${ids}-add-segment`}
                value={added.segmentId}
                onChange={(e) => setAdded({ ...added, segmentId: e.target.value })}
              >
                <option value="">{t("chooseSegment")}</option>
                {segments.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </div>
            <div className="w-24">
              <label htmlFor={`${ids}-add-cap`} className="mb-1 block text-sm font-medium">
                {t("capacity")}
              </label>
              <Input
                id={`${ids}-add-cap`}
                type="number"
                min={0}
                value={added.capacity}
                onChange={(e) => setAdded({ ...added, capacity: e.target.value })}
              />
            </div>
            <Button type="button" variant="secondary" onClick={addDepartment}>
              {t("addDepartment")}
            </Button>
          </div>
        </div>
        {changes > 0 ? (
          <ul className="mt-3 space-y-1 text-sm" aria-label={t("whatIfChanges")}>
            {value.capacities.map((c) => (
              <Change
                key={`c${c.departmentId}`}
                label={t("changeCapacity", { department: name(c.departmentId), capacity: c.capacity })}
                onRemove={() => onChange({ ...value, capacities: value.capacities.filter((x) => x !== c) })}
              />
            ))}
            {value.removedDepartmentIds.map((id) => (
              <Change
                key={`r${id}`}
                label={t("changeRemoved", { department: name(id) })}
                onRemove={() =>
                  onChange({
                    ...value,
                    removedDepartmentIds: value.removedDepartmentIds.filter((x) => x !== id),
                  })
                }
              />
            ))}
            {value.addedDepartments.map((a) => (
              <Change
                key={`a${a.key}`}
                label={t("changeAdded", {
                  department: a.name,
                  segment: segmentName(a.segmentId),
                  capacity: a.capacity,
                })}
                onRemove={() =>
                  onChange({ ...value, addedDepartments: value.addedDepartments.filter((x) => x !== a) })
                }
              />
            ))}
          </ul>
        ) : null}
      </details>
    </fieldset>
  );
}

function Change({ label, onRemove }: { label: string; onRemove: () => void }) {
  const t = useTranslations("staffing");
  return (
    <li className="flex items-center gap-2">
      <span>{label}</span>
      <Button
        type="button"
        size="sm"
        variant="ghost"
        onClick={onRemove}
        aria-label={t("undoChange", { change: label })}
      >
        {t("undo")}
      </Button>
    </li>
  );
}
