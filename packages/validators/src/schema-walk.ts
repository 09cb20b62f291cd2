import type { z } from "zod";
import { storableCheck } from "./common";

type Def = {
  type: string;
  checks?: unknown[];
  format?: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  getter?: () => z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

export const isZodSchema = (value: unknown): value is z.ZodType =>
  typeof value === "object" && value !== null && "_zod" in value && "safeParse" in value;

/**
 * The paths of every string schema inside `schema` that lacks the storable-text check (see `text()` in
 * common.ts). A string with a format (uuid, email, ...) is validated by a pattern that admits neither NUL nor a
 * lone surrogate, so it passes too. Used by tests so that a new bare `z.string()` fails them.
 */
export function stringsWithoutStorableCheck(schema: z.ZodType, path = "$"): string[] {
  const seen = new Set<z.ZodType>();
  const found: string[] = [];
  const walk = (node: z.ZodType | null | undefined, at: string) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    const def = defOf(node);
    if (def.type === "string") {
      if (!def.format && !(def.checks ?? []).includes(storableCheck)) found.push(at);
      return;
    }
    for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, `${at}.${key}`);
    walk(def.element, `${at}[]`);
    walk(def.innerType, at);
    walk(def.in, at);
    walk(def.out, at);
    def.options?.forEach((option, i) => walk(option, `${at}|${i}`));
    walk(def.left, at);
    walk(def.right, at);
    walk(def.keyType, `${at}{key}`);
    walk(def.valueType, `${at}{value}`);
    def.items?.forEach((item, i) => walk(item, `${at}[${i}]`));
    walk(def.rest, `${at}[...]`);
    if (def.getter) walk(def.getter(), at);
  };
  walk(schema, path);
  return found;
}
