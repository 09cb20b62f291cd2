import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root";

export { appRouter, type AppRouter } from "./root";
export { createContext, createCallerFactory, type Context } from "./trpc";
export {
  AppError,
  httpErrorOf,
  httpErrorBody,
  errorMessages,
  isErrorKey,
  type AppErrorCode,
  type ErrorKey,
  type ErrorParams,
  type HttpErrorBody,
} from "./errors";
export { publicError, publicMessage, type PublicError } from "./error-formatter";
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { candidateCvFiles } from "./candidate-cv-files";
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
export {
  requestPasswordReset,
  resetPassword,
  resetLinkState,
  hashResetToken,
  RESET_LINK_MINUTES,
  type ResetMailer,
} from "./services/password-reset";
export { companyFiles, type CertificatePdfLabels } from "./company-files";
