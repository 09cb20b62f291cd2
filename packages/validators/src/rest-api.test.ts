import { describe, expect, it } from "vitest";
import { z } from "zod";
import { detachedInput } from "./rest-api";

/** What trpc-to-openapi does to a REST input before parsing: coerce its number/boolean/date schemas in place. */
function coerceInPlace(schema: z.ZodType) {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, z.ZodType>;
    innerType?: z.ZodType;
    coerce?: boolean;
  };
  if (def.type === "object") Object.values(def.shape ?? {}).forEach(coerceInPlace);
  else if (def.innerType) coerceInPlace(def.innerType);
  else if (["number", "boolean", "date"].includes(def.type)) def.coerce = true;
}

describe("detachedInput", () => {
  const original = z
    .object({
      count: z.number().int().min(1),
      flag: z.boolean().optional(),
      nested: z.object({ n: z.number() }),
    })
    .refine((v) => v.count < 10, { message: "tooMany", path: ["count"] });

  it("gives REST a copy whose coercion leaves the original strict", () => {
    const copy = detachedInput(original);
    coerceInPlace(copy);
    expect(copy.parse({ count: "3", flag: "true", nested: { n: "2" } })).toEqual({
      count: 3,
      flag: true,
      nested: { n: 2 },
    });
    expect(original.safeParse({ count: "3", nested: { n: 2 } }).success).toBe(false);
    expect(original.safeParse({ count: 3, flag: "true", nested: { n: 2 } }).success).toBe(false);
    expect(original.safeParse({ count: 3, nested: { n: "2" } }).success).toBe(false);
  });

  it("keeps the checks and refinements of the original", () => {
    const copy = detachedInput(original);
    expect(copy.safeParse({ count: 0, nested: { n: 1 } }).success).toBe(false);
    const refined = copy.safeParse({ count: 12, nested: { n: 1 } });
    expect(refined.success).toBe(false);
    expect(refined.error?.issues.map((i) => i.message)).toContain("tooMany");
  });
});
