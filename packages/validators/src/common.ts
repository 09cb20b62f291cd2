import { z } from "zod";
import { V } from "./messages";

/**
 * A NUL character cannot be stored in PostgreSQL text, and an unpaired UTF-16 surrogate has no UTF-8 form: both
 * passed zod and then failed in the driver or the database with an internal error. With the `u` flag `\p{Cs}`
 * matches only a surrogate that is not part of a pair, so emoji and other astral characters stay allowed.
 */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is looked for
const unstorable = /[\u0000\p{Cs}]/u;
type MaybeWellFormed = string & { isWellFormed?: () => boolean };
/**
 * `isWellFormed` (ES2024, in Node 20 and current browsers) finds an unpaired surrogate about 6x faster than the
 * regular expression: the check runs before a string's length bound, on every string of a request (fuzz seed
 * 1351582673 sent 600 moves of 5 MB each: 17 s of scanning).
 */
export const isStorable = (s: string) => {
  const wellFormed = (s as MaybeWellFormed).isWellFormed;
  return wellFormed ? wellFormed.call(s) && !s.includes("\u0000") : !unstorable.test(s);
};
/** The one check every string schema carries (the schema-walk test looks for this very object). */
export const storableCheck = z.refine<string>(isStorable, { message: V.invalidCharacters });

/**
 * The base of every string input: build string schemas from this (or the builders below), never from a bare
 * `z.string()`, so that text which cannot be stored is a field error and not a server error.
 */
export const text = () => z.string().check(storableCheck);

export const id = text().min(1, V.required).max(64, V.tooLong);
export const requiredText = (max = 200) => text().trim().min(1, V.required).max(max, V.tooLong);
export const optionalText = (max = 2000) => text().trim().max(max, V.tooLong).default("");
/** A whole uploaded or pasted document (CSV, JSON): not trimmed, only bounded. */
export const documentText = (max: number) => text().min(1, V.required).max(max, V.tooLong);
/** The free-text search of a list. */
export const searchText = () => text().trim().max(200, V.tooLong).default("");
export const email = text()
  .trim()
  .toLowerCase()
  .min(1, V.required)
  .max(254, V.tooLong)
  .pipe(z.email(V.email));
/**
 * A point in time sent as a Date, a number or a string. JavaScript dates reach 271821 BC, PostgreSQL's only
 * 4713 BC: an unbounded date was a database error, so dates are held to years 1000-9999.
 */
export const timestamp = () =>
  z.coerce
    .date(V.date)
    .min(new Date("1000-01-01T00:00:00Z"), V.date)
    .max(new Date("9999-12-31T23:59:59Z"), V.date);
export const nonNegativeInt = (max = 100_000) =>
  z.coerce.number<number>().int(V.integer).min(0, V.nonNegative).max(max, V.tooLong);

export const pageSizes = [10, 25, 50, 100] as const;
/** Server-side list query: search, sort and pagination, shared by every admin list. */
export const listQuery = <S extends string>(sortable: readonly [S, ...S[]]) =>
  z.object({
    search: searchText(),
    sort: z.enum(sortable).default(sortable[0]),
    direction: z.enum(["asc", "desc"]).default("asc"),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z
      .number()
      .int()
      .refine((n) => (pageSizes as readonly number[]).includes(n))
      .default(25),
    includeArchived: z.boolean().default(false),
  });
export type ListQuery<S extends string> = z.infer<ReturnType<typeof listQuery<S>>>;

export const byId = z.object({ id });
