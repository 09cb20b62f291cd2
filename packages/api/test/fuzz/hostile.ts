/**
 * Hostile inputs derived from a zod schema, for the fuzz test: values shaped like what the schema expects,
 * with every part liable to be wrong (wrong types, missing and extra keys, prototype keys, huge strings and
 * arrays, NUL and lone surrogates, extreme numbers and dates, deep nesting). Real ids of the test organization
 * are mixed into the strings so calls get past "not found" into the services.
 */
import fc from "fast-check";
import type { z } from "zod";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  getter?: () => z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const HUGE_STRING = 70_000;
const GIANT_STRING = 5_100_000; // above the largest document the validators accept (5 MB course file)
const HUGE_ARRAY = 10_001;
/**
 * The web server buffers at most 10 MB of a request body (Next's proxy body limit; a longer body is cut and fails
 * to parse): a huge array repeats an item only as long as the whole still fits, or the procedure would be called
 * with gigabytes no client can send (seed 1351582673: 600 items of 5 MB spent 17 s in validation).
 */
const BODY_LIMIT = 10 * 1024 * 1024;

/** About how many characters `value` takes as JSON, counted until it passes `limit`. */
function roughSize(value: unknown, limit: number): number {
  let size = 0;
  const pending: unknown[] = [value];
  while (pending.length && size <= limit) {
    const next = pending.pop();
    if (typeof next === "string") size += next.length + 2;
    else if (Array.isArray(next)) {
      size += 2;
      pending.push(...next);
    } else if (next && typeof next === "object") {
      for (const [key, v] of Object.entries(next)) {
        size += key.length + 4;
        pending.push(v);
      }
    } else size += 8;
  }
  return size;
}
const fitsInOneRequest = (item: unknown, length: number) =>
  roughSize(item, BODY_LIMIT) * length <= BODY_LIMIT;
const DEEP = 5_000;

const prototypeKeys = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

/** A value nested `depth` levels deep, built in a loop (a recursive builder would overflow first). */
function deeplyNested(depth: number, kind: "object" | "array"): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = kind === "object" ? { a: value, id: value } : [value];
  return value;
}

/** An object with an own enumerable `__proto__` key, as JSON.parse makes it. */
function withOwnKey(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

export const extremeNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  -0,
  2 ** 31,
  -(2 ** 31) - 1,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  0.5,
  -1,
  0,
  1,
  3,
);

const extremeDate = fc.constantFrom(
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date("0001-01-01T00:00:00Z"),
  new Date("-004714-01-01T00:00:00Z"),
  new Date(0),
  new Date(),
);

const nastyStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfff",
  "\udfff\ud800",
  "😀",
  "\u202e\u200b\ufeff",
  "%",
  "%ZZ",
  "%E0%A4%A",
  "../../etc/passwd",
  '\'; DROP TABLE "User"; --',
  "<script>alert(1)</script>",
  "NaN",
  "Infinity",
  "-0",
  "9007199254740993",
  "1e400",
  "0001-01-01",
  "275760-09-13",
  "2026-02-30",
  "2026-01-15",
  "en",
  "A1",
  "__proto__",
  "constructor",
  "true",
  "null",
  "email,name,department\n\u0000,\ud800,x\n",
  '{"title":"\\u0000"}',
];

export function hostileStrings(realIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...nastyStrings) },
    { weight: 3, arbitrary: realIds.length ? fc.constantFrom(...realIds) : fc.constant("none") },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    {
      weight: 2,
      arbitrary: fc.string({ unit: fc.constantFrom("a", "\u0000", "\ud800", "\udc00", "é", " ") }),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom("a", "\u0000", "😀", "ab\ud800")
        .chain((unit) => fc.constantFrom(HUGE_STRING, GIANT_STRING).map((n) => unit.repeat(n / unit.length))),
    },
  );
}

/** Anything of the wrong kind: other primitives, deep nesting, prototype keys. */
export function wrongValue(realIds: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(undefined, null, true, false, {}, [], () => 1, Symbol("s"), 10n ** 30n),
    extremeNumber,
    extremeDate,
    hostileStrings(realIds),
    fc.constantFrom("object", "array").map((kind) => deeplyNested(DEEP, kind as "object" | "array")),
    fc
      .constantFrom(...prototypeKeys)
      .map((key) => withOwnKey({}, key, { polluted: true, isAdmin: true, role: "ADMIN" })),
    fc.anything({ maxDepth: 3, maxKeys: 4, withNullPrototype: true, withBigInt: true, withDate: true }),
  );
}

export type HostileOptions = { realIds: readonly string[] };

/**
 * Values for `schema`: some plausible (likely valid, so the call reaches the service), most plausible but for
 * one hostile part (that is what finds a field the validators let through), some hostile throughout.
 */
export function hostileFor(schema: z.ZodType | undefined, options: HostileOptions): fc.Arbitrary<unknown> {
  if (!schema) return wrongValue(options.realIds);
  return fc.oneof(
    { weight: 1, arbitrary: plausibleFor(schema, options, 0) },
    { weight: 6, arbitrary: mutatedFor(schema, options, 0) },
    { weight: 2, arbitrary: shapedFor(schema, options, 0) },
  );
}

const plausibleStrings = (realIds: readonly string[]) => [
  ...realIds,
  "Private customers",
  "A plain sentence of text.",
  "new.person@example.com",
  "2026-03-01",
  "en",
  "B2",
  "ADMIN",
  "asc",
  "ABCD-2345-EFGH",
  "3",
  "f47ac10b-58cc-4372-a567-0e02b2c3d479",
  "email,name,department,position,start_date,status\nnew@example.com,New Person,Department A,,2026-03-01,\n",
];
const plausibleNumbers = [1, 0, 2, 3, 5, 10, 25, 50, 100, 2026];

/** Members of `pool` that `leaf` accepts on its own; the whole pool when it accepts none. */
function acceptedBy<T>(leaf: z.ZodType, pool: readonly T[]): fc.Arbitrary<T> {
  const accepted = pool.filter((value) => leaf.safeParse(value).success);
  return fc.constantFrom(...(accepted.length ? accepted : pool));
}

/** A value the schema likely accepts. */
function plausibleFor(
  schema: z.ZodType | undefined,
  options: HostileOptions,
  depth: number,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 8) return fc.constant(undefined);
  const def = defOf(schema);
  const child = (s: z.ZodType | undefined) => plausibleFor(s, options, depth + 1);
  switch (def.type) {
    case "string":
      return acceptedBy(schema, plausibleStrings(options.realIds));
    case "number":
    case "int":
      return acceptedBy(schema, plausibleNumbers);
    case "boolean":
      return fc.boolean();
    case "date":
      return fc.constantFrom(new Date("2026-03-01T00:00:00Z"), new Date());
    case "enum":
      return fc.constantFrom(...Object.values(def.entries ?? { x: "x" }));
    case "literal":
      return fc.constantFrom(...((def.values ?? [null]) as unknown[]));
    case "object":
      return fc.record(Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, s]) => [k, child(s)])));
    case "array":
      return fc.array(child(def.element), { minLength: 1, maxLength: 3 });
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return child(def.innerType);
    case "pipe":
      return defOf(def.in as z.ZodType).type === "transform" ? child(def.out) : child(def.in);
    case "union":
      return fc.oneof(...(def.options ?? []).map((o) => child(o)));
    case "intersection":
      return child(def.left);
    case "record":
      return fc.dictionary(
        acceptedBy(def.keyType ?? schema, plausibleStrings(options.realIds)),
        child(def.valueType),
        {
          maxKeys: 3,
        },
      );
    case "tuple":
      return fc.tuple(...(def.items ?? []).map((s) => child(s)));
    case "lazy":
      return child(def.getter?.());
    case "null":
      return fc.constant(null);
    default:
      return fc.constant(undefined);
  }
}

/** A plausible value with exactly one hostile part: one leaf, one array, or one extra key. */
function mutatedFor(
  schema: z.ZodType | undefined,
  options: HostileOptions,
  depth: number,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 8) return wrongValue(options.realIds);
  const def = defOf(schema);
  const mutated = (s: z.ZodType | undefined) => mutatedFor(s, options, depth + 1);
  const plausible = (s: z.ZodType | undefined) => plausibleFor(s, options, depth + 1);
  switch (def.type) {
    case "string":
      return fc.oneof(
        plausible(schema).chain((value) =>
          fc
            .tuple(
              fc.nat({ max: String(value).length }),
              fc.constantFrom("\u0000", "\ud800", "\udfff", "😀", "%"),
            )
            .map(([at, bad]) => `${String(value).slice(0, at)}${bad}${String(value).slice(at)}`),
        ),
        hostileStrings(options.realIds),
        wrongValue(options.realIds),
      );
    case "object": {
      const entries = Object.entries(def.shape ?? {});
      return fc.nat({ max: entries.length + 1 }).chain((target) => {
        if (target >= entries.length) {
          // An extra key (a prototype key or one the server sets itself), or a required key left out.
          return fc
            .tuple(
              plausible(schema),
              fc.constantFrom(...prototypeKeys, "id", "role", "userId"),
              wrongValue(options.realIds),
              fc.boolean(),
            )
            .map(([value, key, extra, drop]) => {
              const copy = { ...(value as Record<string, unknown>) };
              if (drop && entries.length) delete copy[entries[0]![0]];
              return withOwnKey(copy, key, extra);
            });
        }
        return fc.record(
          Object.fromEntries(entries.map(([key, s], i) => [key, i === target ? mutated(s) : plausible(s)])),
        );
      });
    }
    case "array":
      return fc.oneof(
        fc
          .tuple(fc.array(plausible(def.element), { maxLength: 2 }), mutated(def.element))
          .map(([items, bad]) => [...items, bad]),
        fc
          .tuple(plausible(def.element), fc.constantFrom(600, HUGE_ARRAY))
          .filter(([item, length]) => fitsInOneRequest(item, length))
          .map(([item, length]) => Array.from({ length }, () => item)),
      );
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return mutated(def.innerType);
    case "pipe":
      return defOf(def.in as z.ZodType).type === "transform" ? mutated(def.out) : mutated(def.in);
    case "union":
      return fc.oneof(...(def.options ?? []).map((o) => mutated(o)));
    case "intersection":
      return mutated(def.left);
    case "lazy":
      return mutated(def.getter?.());
    case "record":
    case "tuple":
    default:
      return shapedFor(schema, options, depth);
  }
}

/** Values shaped like the schema, every part of which may be hostile. */
function hostileShaped(
  schema: z.ZodType | undefined,
  options: HostileOptions,
  depth: number,
): fc.Arbitrary<unknown> {
  const wrong = wrongValue(options.realIds);
  if (!schema || depth > 8) return wrong;
  const shaped = shapedFor(schema, options, depth);
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: wrong });
}

function shapedFor(schema: z.ZodType, options: HostileOptions, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const child = (s: z.ZodType | undefined) => hostileShaped(s, options, depth + 1);
  const strings = hostileStrings(options.realIds);
  switch (def.type) {
    case "string":
      return strings;
    case "number":
    case "int":
      return fc.oneof(extremeNumber, fc.integer(), fc.double(), fc.constantFrom("1", "1e400", " 3 "));
    case "bigint":
      return fc.oneof(fc.bigInt(), extremeNumber);
    case "boolean":
      return fc.oneof(fc.boolean(), fc.constantFrom("true", 1, 0));
    case "date":
      return fc.oneof(extremeDate, fc.date({ noInvalidDate: false }), strings);
    case "enum":
      return fc.oneof(fc.constantFrom(...Object.values(def.entries ?? { x: "x" })), strings);
    case "literal":
      return fc.constantFrom(...((def.values ?? [null]) as unknown[]));
    case "object": {
      const shape = def.shape ?? {};
      const model = Object.fromEntries(Object.entries(shape).map(([key, s]) => [key, child(s)]));
      const keysPresent = fc.oneof(
        fc.record(model), // every key
        fc.record(model, { requiredKeys: [] }), // some missing
      );
      const extra = fc.option(
        fc.tuple(
          fc.constantFrom(...prototypeKeys, "extra", "id", "role", "userId"),
          wrongValue(options.realIds),
        ),
        { freq: 3 },
      );
      return fc
        .tuple(keysPresent, extra)
        .map(([value, more]) =>
          more ? withOwnKey({ ...(value as Record<string, unknown>) }, more[0], more[1]) : value,
        );
    }
    case "array":
      return fc.oneof(
        { weight: 4, arbitrary: fc.array(child(def.element), { maxLength: 4 }) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(child(def.element), fc.constantFrom(600, HUGE_ARRAY))
            .filter(([item, length]) => fitsInOneRequest(item, length))
            .map(([item, length]) => Array.from({ length }, () => item)),
        },
      );
    case "optional":
      return fc.oneof(fc.constant(undefined), child(def.innerType));
    case "nullable":
      return fc.oneof(fc.constant(null), child(def.innerType));
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof(fc.constant(undefined), child(def.innerType));
    case "pipe":
      // z.preprocess is a pipe from a transform: what the caller sends is shaped like the output side.
      return defOf(def.in as z.ZodType).type === "transform" ? child(def.out) : child(def.in);
    case "union":
      return fc.oneof(...(def.options ?? []).map((o) => child(o)));
    case "intersection":
      return child(def.left);
    case "record":
      return fc.oneof(
        { weight: 4, arbitrary: fc.dictionary(strings, child(def.valueType), { maxKeys: 4 }) },
        {
          weight: 1,
          arbitrary: child(def.valueType).map((value) =>
            Object.fromEntries(Array.from({ length: HUGE_ARRAY }, (_, i) => [`k${i}`, value])),
          ),
        },
      );
    case "tuple":
      return fc.tuple(...(def.items ?? []).map((s) => child(s)));
    case "lazy":
      return child(def.getter?.());
    case "null":
      return fc.constant(null);
    case "undefined":
    case "void":
      return fc.constant(undefined);
    default:
      return wrongValue(options.realIds);
  }
}

/** A short, printable description of a possibly giant value, for failure messages. */
export function describeValue(value: unknown): string {
  const seen = new WeakSet<object>();
  let text: string;
  try {
    text = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === "string" && v.length > 60)
        return `${JSON.stringify(v.slice(0, 20))}…(${v.length} chars)`;
      if (typeof v === "bigint") return `${v}n`;
      if (typeof v === "number" && !Number.isFinite(v)) return String(v);
      if (Array.isArray(v) && v.length > 10) return [...v.slice(0, 3), `…(${v.length} items)`];
      if (typeof v === "object" && v !== null) {
        if (seen.has(v)) return "[seen]";
        seen.add(v);
      }
      return v;
    });
  } catch (e) {
    text = `[unprintable: ${(e as Error).message}]`;
  }
  return text === undefined ? String(value) : text.length > 600 ? `${text.slice(0, 600)}…` : text;
}
