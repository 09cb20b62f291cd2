import { TRPCError } from "@trpc/server";
import { Prisma } from "@portal/db";

export const notFound = (what: string) => new TRPCError({ code: "NOT_FOUND", message: `${what} not found.` });
export const conflict = (message: string) => new TRPCError({ code: "CONFLICT", message });
export const badRequest = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

/** Turn a unique-constraint violation into a clear CONFLICT naming the field. */
export function rethrowUnique(err: unknown, messages: Record<string, string>): never {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
    const target = JSON.stringify(err.meta ?? {});
    const field = Object.keys(messages).find((f) => target.includes(f));
    throw conflict(field ? (messages[field] ?? "Already exists.") : "This record already exists.");
  }
  throw err;
}
