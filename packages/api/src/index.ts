import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export { createContext, createCallerFactory, type Context } from "./trpc";
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
/** CV files go through a route handler (binary); these do the role and scope checks. */
export {
  uploadCandidateCv,
  downloadCandidateCv,
  deleteCandidateCv,
  candidateCvMaxBytes,
} from "./services/hiring/candidates/cv";
export {
  isDatabaseUnreachable,
  databaseOutage,
  rethrowIfDatabaseUnreachable,
  DATABASE_UNAVAILABLE_MESSAGE,
  DATABASE_UNAVAILABLE_DIGEST,
  RETRY_AFTER_SECONDS,
} from "./outage";
