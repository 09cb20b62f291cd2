import { useFormatter, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { useCallback } from "react";
import { isExpertiseLevel } from "@portal/domain";
import labelGroups from "./enum-labels.json";

/** Enums whose values are shown on screen, each mapped to the message group of its labels (enum-labels.json). */
export type LabelledEnum = Exclude<keyof typeof labelGroups, "//">;

// A message key cannot contain "." (next-intl reads it as nesting), so an enum value's dots become "_" in its key
// ("readiness.signOff" -> audit.actions.readiness_signOff).
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

// Kept in its own dependency-free module so the course player can name a language without this file's catalogue.
export { languageName } from "./language-name";

/**
 * Whether `key`, which comes from data (a stored field name, a validator's message), is a message of `t`'s
 * namespace: `has` checks at run time what the key's type claims.
 */
export const isMessageKey = <Key extends string>(t: { has(key: Key): boolean }, key: string): key is Key =>
  t.has(key as Key);

/** An expertise level's label ("2 · Practitioner"). Levels are 0-4 (a CHECK constraint); another reads as itself. */
export function useLevelLabel() {
  const t = useTranslations("staff");
  const format = useFormatter();
  return useCallback(
    (level: number) => (isExpertiseLevel(level) ? t(`levels.${level}`) : format.number(level)),
    [t, format],
  );
}

export const segmentPriorities = [0, 1, 2, 3] as const;
const isSegmentPriority = (p: number): p is (typeof segmentPriorities)[number] =>
  (segmentPriorities as readonly number[]).includes(p);

/** A segment's best-customer priority in words (0 Standard ... 3 Best customers). */
export function usePriorityLabel() {
  const t = useTranslations("segments");
  const format = useFormatter();
  return useCallback(
    (priority: number) =>
      isSegmentPriority(priority) ? t(`priorities.${priority}`) : format.number(priority),
    [t, format],
  );
}
