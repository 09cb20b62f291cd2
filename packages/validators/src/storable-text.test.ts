import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as validators from "./index";
import { email, id, isStorable, optionalText, requiredText, searchText, text } from "./common";
import { V } from "./messages";
import { isZodSchema, stringsWithoutStorableCheck } from "./schema-walk";

const NUL = "\u0000";
const LONE_HIGH = "\ud800";
const LONE_LOW = "\udfff";

describe("storable text", () => {
  const builders = {
    text: text(),
    id,
    requiredText: requiredText(),
    optionalText: optionalText(),
    searchText: searchText(),
    email,
  };
  for (const [name, schema] of Object.entries(builders)) {
    it(`${name} refuses NUL and unpaired surrogates with a field error`, () => {
      for (const bad of [`ab${NUL}cd`, `ab${LONE_HIGH}cd`, `ab${LONE_LOW}`, `${LONE_LOW}${LONE_HIGH}x`]) {
        const value = name === "email" ? `a${bad}@example.com` : bad;
        const result = schema.safeParse(value);
        expect(result.success, JSON.stringify(value)).toBe(false);
        expect(result.error?.issues.map((i) => i.message)).toContain(V.invalidCharacters);
      }
    });
  }

  it("accepts well-formed text outside the Basic Multilingual Plane", () => {
    expect(requiredText().parse(" Café 😀 漢字 𝄞 ")).toBe("Café 😀 漢字 𝄞");
    expect(id.parse("c😀")).toBe("c😀");
  });

  it("decides as the regular expression does, for every short mix of NUL, surrogates and letters", () => {
    // eslint-disable-next-line no-control-regex -- NUL is what is looked for
    const reference = (s: string) => !/[\u0000\p{Cs}]/u.test(s);
    const units = ["a", NUL, "\ud800", "\udbff", "\udc00", "\udfff"];
    let strings = [""];
    for (let length = 1; length <= 4; length++) {
      strings = strings
        .flatMap((s) => (s.length === length - 1 ? units.map((u) => s + u) : []))
        .concat(strings);
      for (const s of strings) expect(isStorable(s), JSON.stringify(s)).toBe(reference(s));
    }
    expect(strings.length).toBeGreaterThan(6 ** 4);
  });

  it("names the field in an object", () => {
    const result = validators.segmentInput.safeParse({ name: `Private${NUL}` });
    expect(z.flattenError(result.error!).fieldErrors).toMatchObject({ name: [V.invalidCharacters] });
  });
});

describe("every exported schema", () => {
  const schemas = Object.entries(validators).filter(([, value]) => isZodSchema(value));

  it("finds the schemas (the walk is not vacuous)", () => {
    expect(schemas.length).toBeGreaterThan(50);
    expect(stringsWithoutStorableCheck(z.object({ a: z.array(z.string().optional()) }))).toEqual(["$.a[]"]);
    expect(stringsWithoutStorableCheck(z.record(z.string(), text()))).toEqual(["${key}"]);
  });

  it("builds every string from the storable-text builders", () => {
    const bare = schemas.flatMap(([name, schema]) => stringsWithoutStorableCheck(schema as z.ZodType, name));
    expect(bare).toEqual([]);
  });
});

describe("timestamp", () => {
  it("refuses dates PostgreSQL cannot store, and invalid ones", () => {
    for (const bad of [
      new Date(-8.64e15),
      new Date(8.64e15),
      "-004714-01-01",
      new Date(Number.NaN),
      "soon",
    ]) {
      expect(validators.timestamp().safeParse(bad).success, String(bad)).toBe(false);
    }
    expect(validators.timestamp().parse("2026-03-01T10:00:00Z")).toEqual(new Date("2026-03-01T10:00:00Z"));
  });
});
