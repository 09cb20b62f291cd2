import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import labelGroups from "./enum-labels.json";

/** Enums whose values are shown on screen, each mapped to the message group of its labels (enum-labels.json). */
export type LabelledEnum = Exclude<keyof typeof labelGroups, "//">;

// A message key's dots are levels to next-intl, so a value's own dots (audit actions such as "staff.move") are
// written as underscores in the catalogue ("staff_move").
const keyOf = (name: LabelledEnum, value: string) => `${labelGroups[name]}.${value.replaceAll(".", "_")}`;

type Translate = { (key: string): string; has(key: string): boolean };

const labelWith =
  (t: Translate) =>
  (name: LabelledEnum, value: string): string =>
    // An unknown value (e.g. an audit action older than this code) reads as itself rather than failing the page.
    t.has(keyOf(name, value)) ? t(keyOf(name, value)) : value;

/** In a client component: `const label = useEnumLabel(); label("StaffStatus", s.status)`. */
export function useEnumLabel() {
  const t = useTranslations();
  return labelWith(t as unknown as Translate); // the key is checked by the enum-labels test, not by the type
}

/** In a server component. */
export async function getEnumLabel() {
  const t = await getTranslations();
  return labelWith(t as unknown as Translate); // see useEnumLabel
}

/** A language's name in the reader's language ("sv" -> "Swedish"), never the raw code. */
export function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code.toLowerCase()) ?? code;
  } catch {
    return code;
  }
}
