import base from "@portal/eslint-config/base";
import { boundaries } from "@portal/eslint-config/boundaries";
import { keyedRefusalRules } from "@portal/eslint-config/refusals";

export default [
  ...base,
  ...boundaries("@portal/api", {
    // Services are transport-free: they throw AppError (src/errors.ts), which tRPC and route handlers map.
    "src/services/**": {
      group: ["@trpc/server", "@trpc/server/*"],
      message: "Services throw AppError from src/errors.ts; the tRPC layer maps it at the edge.",
    },
  }),
  // Refusals carry a message key; only these files map them (or an outage) to tRPC errors.
  ...keyedRefusalRules(["src/**/*.ts"], ["src/trpc.ts", "src/outage.ts"]),
];
