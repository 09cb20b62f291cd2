"use client";
import type { ComponentProps, ReactNode } from "react";
import { FormField, Input, Select, Textarea } from "@portal/ui";

/** What every form row has: the label, an optional hint, the field's error, and whether it is required. */
type RowProps = { id: string; label: ReactNode; hint?: ReactNode; error?: string; required?: boolean };

/** A labelled input; spread `register(name)` into it. */
export function InputRow({ id, label, hint, error, required, ...input }: RowProps & ComponentProps<"input">) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} required={required}>
      {(aria) => <Input {...aria} {...input} />}
    </FormField>
  );
}

/** A whole number between `min` and `max`, with the numeric keyboard on phones. */
export function NumberRow(props: RowProps & Omit<ComponentProps<"input">, "type" | "inputMode">) {
  return <InputRow {...props} type="number" inputMode="numeric" />;
}

/** A labelled textarea. */
export function TextareaRow({
  id,
  label,
  hint,
  error,
  required,
  ...textarea
}: RowProps & ComponentProps<"textarea">) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} required={required}>
      {(aria) => <Textarea {...aria} {...textarea} />}
    </FormField>
  );
}

/** A labelled select over `options`; `placeholder` is an empty first choice ("Choose …", "None"). */
export function SelectRow({
  id,
  label,
  hint,
  error,
  required,
  placeholder,
  options,
  ...select
}: RowProps &
  ComponentProps<"select"> & {
    placeholder?: string;
    options: ReadonlyArray<{ value: string | number; label: string }>;
  }) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} required={required}>
      {(aria) => (
        <Select {...aria} {...select}>
          {placeholder === undefined ? null : <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}
