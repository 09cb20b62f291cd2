import { z } from "zod";
import { id } from "./common";

/**
 * The REST API under /api/v1 (issue 19): what its calls add to the UI's own input schemas (list queries with cursor
 * paging). The documented answers are output schemas of packages/api (src/rest-schemas.ts): never parsed from a
 * client, so they are not built from the storable-text builders.
 */

export const REST_PAGE_LIMIT_DEFAULT = 50;
export const REST_PAGE_LIMIT_MAX = 200;

/** A list's page: `cursor` is the `nextCursor` of the previous page (absent for the first page). */
export const cursorQuery = z.object({
  cursor: id.optional(),
  limit: z.number().int().min(1).max(REST_PAGE_LIMIT_MAX).default(REST_PAGE_LIMIT_DEFAULT),
});
export type CursorQuery = z.output<typeof cursorQuery>;

export const restApplicationList = cursorQuery.extend({ positionId: id.optional() });

export const restEnrolmentList = cursorQuery.extend({
  courseId: id.optional(),
  staffMemberId: id.optional(),
});

export const restCertificateList = cursorQuery.extend({ staffMemberId: id.optional() });

export const restDepartmentRef = z.object({ departmentId: id });

/**
 * A copy of an input schema for a REST procedure, sharing no number, boolean, bigint or date schema (nor the objects
 * and wrappers leading to one) with the original. trpc-to-openapi coerces query and body values by setting
 * `coerce` on exactly those schemas in place, so without a copy a REST call would loosen the UI's own inputs (a
 * `null` count would read as 0). Checks and refinements stay, as they live in each copied definition.
 */
export function detachedInput<T extends z.ZodType>(schema: T): T {
  const def = schema._zod.def;
  const copy = (changes: object) => schema.clone({ ...def, ...changes } as T["_zod"]["def"]) as T;
  switch (def.type) {
    case "object": {
      const shape = (def as z.core.$ZodObjectDef).shape;
      return copy({
        shape: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, detachedInput(v as z.ZodType)])),
      });
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
      return copy({ innerType: detachedInput((def as z.core.$ZodOptionalDef).innerType as z.ZodType) });
    case "array":
      return copy({ element: detachedInput((def as z.core.$ZodArrayDef).element as z.ZodType) });
    case "number":
    case "boolean":
    case "bigint":
    case "date":
      return copy({});
    default:
      return schema;
  }
}
