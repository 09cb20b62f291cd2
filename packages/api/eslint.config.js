import base from "@portal/eslint-config/base";
import { boundaries } from "@portal/eslint-config/boundaries";
import { keyedRefusalRules } from "@portal/eslint-config/refusals";

// Prisma 6 counts the whole related table for a relation count or a sort by one (see src/services/counts.ts);
// the integration tests refuse the statement too, this says so while typing.
const relationCountMessage =
  "A relation _count makes PostgreSQL count the whole related table on every call: use src/services/counts.ts.";
const relationCounts = [
  {
    selector: "Property[key.name='_count'] > ObjectExpression > Property[key.name='select']",
    message: relationCountMessage,
  },
  {
    selector: "Property[key.name='_count'][value.type=/^(Identifier|Literal)$/]",
    message: relationCountMessage,
  },
];

export default [
  ...base,
  ...boundaries(
    "@portal/api",
    {
      // Services are transport-free: they throw AppError (src/errors.ts), which tRPC and route handlers map.
      "src/services/**": {
        group: ["@trpc/server", "@trpc/server/*"],
        message: "Services throw AppError from src/errors.ts; the tRPC layer maps it at the edge.",
      },
    },
    relationCounts,
  ),
  // Refusals carry a message key; only these files map them (or an outage) to tRPC errors (rest.ts: a refusal
  // while building a REST call's context).
  ...keyedRefusalRules(["src/**/*.ts"], ["src/trpc.ts", "src/outage.ts", "src/rest.ts"]),
];
