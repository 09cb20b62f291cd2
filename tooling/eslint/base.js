import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

/** Configuration is read in env modules only; scripts, tests and .mjs tools may read process.env. */
export const processEnvRule = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read configuration through the package's env module.",
};
export const envReaders = ["**/env.ts", "**/scripts/**", "**/*.test.ts", "**/test/**", "**/*.mjs"];

/** Shared flat config: strict TypeScript, no stray `any`, no process.env outside env modules. */
export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/dist/**",
      "**/generated/**",
      "**/.cache/**",
      "**/*.config.*",
      "**/playwright-report/**",
      "**/test-results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, parserOptions: { projectService: false } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": ["error", processEnvRule],
    },
  },
  {
    files: envReaders,
    rules: { "no-restricted-syntax": "off" },
  },
);
