import { z } from "zod";
import { V } from "./messages";

export const id = z.string().min(1, V.required).max(64, V.tooLong);
export const requiredText = (max = 200) => z.string().trim().min(1, V.required).max(max, V.tooLong);
export const optionalText = (max = 2000) => z.string().trim().max(max, V.tooLong).default("");
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, V.required)
  .max(254, V.tooLong)
  .pipe(z.email(V.email));
export const nonNegativeInt = (max = 100_000) =>
  z.coerce.number<number>().int(V.integer).min(0, V.nonNegative).max(max, V.tooLong);

export const pageSizes = [10, 25, 50, 100] as const;
/** Server-side list query: search, sort and pagination, shared by every admin list. */
export const listQuery = <S extends string>(sortable: readonly [S, ...S[]]) =>
  z.object({
    search: z.string().trim().max(200).default(""),
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
