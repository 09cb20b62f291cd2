/**
 * zod's own messages (the ones a schema does not replace with a `validation.*` key) in each interface language.
 * zod ships sv, el, fr, da and en; Tagalog has no pack, so `tagalog` below is ours, worded like the others.
 * The browser sets the user's one with `z.config(...)` (apps/web `useZodLocale`); the server renders a refused
 * input's field errors in the caller's language with `zodMessage` (packages/api error-formatter.ts).
 */
import type { $ZodErrorMap, $ZodRawIssue } from "zod/v4/core";
import { da, el, en, fr, sv } from "zod/locales";
import type { Locale } from "./locales";

const typeNames: Record<string, string> = {
  string: "text",
  number: "numero",
  bigint: "numero",
  boolean: "boolean",
  date: "petsa",
  array: "listahan",
  object: "object",
  undefined: "wala",
  null: "null",
  nan: "NaN",
};

const sizing: Record<string, string> = {
  string: "karakter",
  file: "byte",
  array: "item",
  set: "item",
  map: "item",
};

const formats: Record<string, string> = {
  regex: "input",
  email: "email address",
  url: "URL",
  uuid: "UUID",
  datetime: "petsa at oras (ISO)",
  date: "petsa (ISO)",
  time: "oras (ISO)",
  duration: "tagal (ISO)",
  base64: "base64 na text",
  json_string: "JSON na text",
};

function receivedType(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (typeof input === "number" && Number.isNaN(input)) return "nan";
  if (input instanceof Date) return "date";
  return typeof input;
}

const quote = (v: unknown) => (typeof v === "string" ? `"${v}"` : String(v));

const tagalogError: $ZodErrorMap = (issue: $ZodRawIssue) => {
  switch (issue.code) {
    case "invalid_type": {
      const expected = typeNames[issue.expected] ?? issue.expected;
      const received = typeNames[receivedType(issue.input)] ?? receivedType(issue.input);
      return `Hindi wastong input: inaasahan ang ${expected}, pero ${received} ang natanggap`;
    }
    case "invalid_value":
      return issue.values.length === 1
        ? `Hindi wastong input: inaasahan ang ${quote(issue.values[0])}`
        : `Hindi wastong pagpipilian: inaasahan ang isa sa ${issue.values.map(quote).join(" | ")}`;
    case "too_big": {
      const unit = sizing[issue.origin ?? ""];
      const bound = `${issue.inclusive ? "hanggang" : "mas mababa sa"} ${String(issue.maximum)}`;
      return unit
        ? `Masyadong mahaba o marami: ${bound} ${unit} lang ang puwede`
        : `Masyadong malaki: dapat ${bound}`;
    }
    case "too_small": {
      const unit = sizing[issue.origin ?? ""];
      const bound = `${issue.inclusive ? "hindi bababa sa" : "higit sa"} ${String(issue.minimum)}`;
      return unit ? `Masyadong maikli o kaunti: dapat ${bound} ${unit}` : `Masyadong maliit: dapat ${bound}`;
    }
    case "invalid_format": {
      if (issue.format === "starts_with")
        return `Hindi wastong text: dapat magsimula sa "${String(issue.prefix)}"`;
      if (issue.format === "ends_with")
        return `Hindi wastong text: dapat magtapos sa "${String(issue.suffix)}"`;
      if (issue.format === "includes") return `Hindi wastong text: dapat may "${String(issue.includes)}"`;
      if (issue.format === "regex")
        return `Hindi wastong text: dapat tumugma sa pattern na ${String(issue.pattern)}`;
      return `Hindi wastong ${formats[issue.format] ?? issue.format}`;
    }
    case "not_multiple_of":
      return `Hindi wastong numero: dapat multiple ng ${String(issue.divisor)}`;
    case "unrecognized_keys":
      return `Hindi kilalang ${issue.keys.length > 1 ? "mga key" : "key"}: ${issue.keys.join(", ")}`;
    case "invalid_key":
      return "Hindi wastong key";
    case "invalid_element":
      return "Hindi wastong laman";
    default:
      return "Hindi wastong input";
  }
};

/** Tagalog, in the register of the portal's other Tagalog text (GLOSSARY.md in apps/web/messages/tl). */
export const tagalog = () => ({ localeError: tagalogError });

/** The zod locale pack of each interface language: pass one to `z.config`. */
export const zodLocales: Record<Locale, () => { localeError: $ZodErrorMap }> = {
  en,
  sv,
  el,
  fr,
  tl: tagalog,
  da,
};

const errorMaps = new Map<Locale, $ZodErrorMap>();

/**
 * zod's default message for an issue in `locale`, for an issue that is already made (e.g. the server's refused
 * input, parsed under English). A message that is a catalogue key (`validation.*`, `errors.*`) stays as it is.
 */
export function zodMessage(issue: { message: string } & object, locale: Locale): string {
  if (/^(validation|errors)\./.test(issue.message)) return issue.message;
  let map = errorMaps.get(locale);
  if (!map) errorMaps.set(locale, (map = zodLocales[locale]().localeError));
  const out = map(issue as $ZodRawIssue);
  const text = typeof out === "string" ? out : out?.message;
  return text ?? issue.message;
}
