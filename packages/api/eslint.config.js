import base from "@portal/eslint-config/base";

export default [
  ...base,
  {
    // Services are transport-free: they throw AppError (src/errors.ts), which tRPC and route handlers map.
    files: ["src/services/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@trpc/server", "@trpc/server/*"],
              message: "Services throw AppError from src/errors.ts; the tRPC layer maps it at the edge.",
            },
          ],
        },
      ],
    },
  },
];
