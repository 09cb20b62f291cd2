import { z } from "zod";
import {
  roles,
  segmentKinds,
  genderFocuses,
  socioeconomicLevels,
  staffStatuses,
  expertiseSources,
} from "./enums";
import { V } from "./messages";
import { byId, email, id, listQuery, nonNegativeInt, optionalText, requiredText, text } from "./common";
import { locales } from "./locales";

/** The same values as the database enum, for code that must not import the database package (apps/web). */
export type Role = (typeof roles)[number];

const optionalAge = z.preprocess(
  (v) => (v === "" || v === null || v === undefined || Number.isNaN(v) ? null : v),
  z.coerce.number<number>().int(V.integer).min(0, V.nonNegative).max(120, V.tooLong).nullable(),
);

export const segmentInput = z
  .object({
    name: requiredText(120),
    kind: z.enum(segmentKinds, V.choose),
    ageMin: optionalAge,
    ageMax: optionalAge,
    genderFocus: z.enum(genderFocuses, V.choose).default("ANY"),
    buyingHabits: optionalText(500),
    socioeconomicLevel: z.enum(socioeconomicLevels, V.choose).default("ANY"),
    // Tags are unique ignoring case and surrounding spaces: "VIP" and " vip " are one tag (the first spelling stays).
    tags: z
      .array(text().trim().min(1).max(40, V.tooLong))
      .max(20, V.tagsTooMany)
      .default([])
      .transform((tags) =>
        tags.filter((t, i) => tags.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i),
      ),
    bestCustomerPriority: z.coerce
      .number<number>()
      .int(V.integer)
      .min(0, V.priorityRange)
      .max(3, V.priorityRange),
    description: optionalText(2000),
  })
  .refine((s) => s.ageMin === null || s.ageMax === null || s.ageMin <= s.ageMax, {
    message: V.ageRange,
    path: ["ageMax"],
  });
export type SegmentInput = z.input<typeof segmentInput>;
export const segmentUpdate = z.object({ id, data: segmentInput });
export const segmentList = listQuery(["name", "kind", "bestCustomerPriority", "departments"] as const);

export const departmentInput = z.object({
  name: requiredText(120),
  segmentId: id,
  headId: z.preprocess((v) => (v === "" ? null : v), id.nullable()),
  targetHeadcount: nonNegativeInt(10_000),
  /** Expertise level in the segment that counts someone as able to serve it (1 aware .. 4 expert). */
  requiredLevel: z.coerce
    .number<number>()
    .int(V.integer)
    .min(1, V.requiredLevelRange)
    .max(4, V.requiredLevelRange)
    .default(2),
});
export type DepartmentInput = z.input<typeof departmentInput>;
export const departmentUpdate = z.object({ id, data: departmentInput });
export const departmentList = listQuery(["name", "segment", "targetHeadcount", "staff"] as const).extend({
  segmentId: id.optional(),
});

export const positionInput = z.object({
  title: requiredText(120),
  departmentId: id,
  headcount: nonNegativeInt(10_000),
  description: optionalText(2000),
});
export type PositionInput = z.input<typeof positionInput>;
export const positionUpdate = z.object({ id, data: positionInput });
export const positionList = listQuery(["title", "department", "headcount"] as const).extend({
  departmentId: id.optional(),
});
export const positionOptions = z.object({ departmentId: id.optional() }).default({});

export const userCreateInput = z.object({
  email,
  name: requiredText(120),
  role: z.enum(roles, V.choose),
  locale: z.enum(locales).default("en"),
});
export type UserCreateInput = z.input<typeof userCreateInput>;
export const userUpdateData = z.object({
  name: requiredText(120),
  role: z.enum(roles, V.choose),
  active: z.boolean(),
});
export type UserUpdateData = z.input<typeof userUpdateData>;
export const userUpdateInput = z.object({ id, data: userUpdateData });
/** `includeArchived` means "include deactivated users". */
export const userList = listQuery(["name", "email", "role", "createdAt"] as const).extend({
  role: z.enum(roles).optional(),
});
export const setLocaleInput = z.object({ locale: z.enum(locales) });

/** Whether a name is an IANA time zone this runtime knows ("Europe/Stockholm"). */
export function isTimeZone(name: string): boolean {
  try {
    // Validates the name (a RangeError for an unknown zone); nothing is formatted.
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
/** A user's own time zone, or null for the company's. */
export const setTimeZoneInput = z.object({
  timeZone: text().trim().max(64, V.tooLong).refine(isTimeZone, V.timeZone).nullable(),
});

/** A calendar date as YYYY-MM-DD that exists (2026-02-31 does not). */
export const isoDate = text()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: V.date, abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, V.date);
export const expertiseLevel = z.coerce
  .number<number>()
  .int(V.integer)
  .min(0, V.levelRange)
  .max(4, V.levelRange);
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), id.nullable());

/** Creating a staff member also creates their STAFF user, who gets a one-time password. */
export const staffInput = z.object({
  email,
  name: requiredText(120),
  departmentId: id,
  positionId: optionalId,
  startDate: isoDate,
  status: z.enum(staffStatuses, V.choose).default("ONBOARDING"),
});
export type StaffInput = z.input<typeof staffInput>;
export const staffUpdateData = z.object({
  departmentId: id,
  positionId: optionalId,
  startDate: isoDate,
  status: z.enum(staffStatuses, V.choose),
});
export type StaffUpdateData = z.input<typeof staffUpdateData>;
export const staffUpdate = z.object({ id, data: staffUpdateData });
/** Without a status filter, people who left are hidden unless `includeArchived` is set. */
export const staffList = listQuery(["name", "department", "position", "startDate", "status"] as const).extend(
  {
    departmentId: id.optional(),
    status: z.enum(staffStatuses).optional(),
  },
);

export const expertiseInput = z.object({
  staffMemberId: id,
  segmentId: id,
  level: expertiseLevel,
  source: z.enum(expertiseSources, V.choose),
  evidence: optionalText(1000),
});
export type ExpertiseInput = z.input<typeof expertiseInput>;
export const expertiseHistoryInput = z.object({ staffMemberId: id, segmentId: id.optional() });

export const auditList = listQuery(["createdAt"] as const).extend({
  entityType: text().max(40).optional(),
  action: text().max(60).optional(),
  actorId: id.optional(),
  direction: z.enum(["asc", "desc"]).default("desc"),
});

export { byId };
