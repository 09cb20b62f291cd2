// The refusal rules report an error's English text on screen and a sentence-built TRPCError (node --test).
import assert from "node:assert/strict";
import { test } from "node:test";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { errorText, keyedRefusalRules } from "./refusals.js";

const linter = new Linter({ configType: "flat" });
const lint = (code, filename) =>
  linter
    .verify(
      code,
      [
        {
          files: ["**/*.ts", "**/*.tsx"],
          languageOptions: {
            parser: tseslint.parser,
            parserOptions: { ecmaFeatures: { jsx: true } },
            sourceType: "module",
          },
        },
        ...errorText(["web/src/**/*.{ts,tsx}"]),
        ...keyedRefusalRules(["api/src/**/*.ts"], ["api/src/trpc.ts"]),
      ],
      { filename },
    )
    .map((m) => m.ruleId);

test("an error's message shown in the web app is reported", () => {
  const web = "web/src/a.tsx";
  assert.deepEqual(lint("const e = <p>{mutation.error.message}</p>;", web), ["refusals/no-error-text"]);
  assert.deepEqual(lint("onError: (e) => setError(e.message);", web), ["refusals/no-error-text"]);
  assert.deepEqual(lint("const t = err instanceof Error ? err.message : String(err);", web), [
    "refusals/no-error-text",
  ]);
  assert.deepEqual(lint("const m = result.error.message;", web), ["refusals/no-error-text"]);
});

test("rendered errors, form and zod messages, and other folders pass", () => {
  const web = "web/src/a.tsx";
  assert.deepEqual(lint("const e = <p>{errorText(mutation.error)}</p>;", web), []);
  assert.deepEqual(lint("const m = formState.errors.name?.message;", web), []);
  assert.deepEqual(lint("const m = issue.message;", web), []);
  assert.deepEqual(lint("const m = e.message;", "web/scripts/a.ts"), []);
  assert.deepEqual(lint("const m = e.message;", "web/src/a.test.ts"), []);
  assert.deepEqual(lint("const x = <li>{errorText(e.message)}</li>;", web), []);
  assert.deepEqual(lint("const x = errorText(fieldState.error?.message);", web), []);
});

test("a TRPCError built in the api is reported, except where refusals are mapped", () => {
  const code = 'throw new TRPCError({ code: "FORBIDDEN", message: "Your role does not allow this." });';
  assert.deepEqual(lint(code, "api/src/services/a.ts"), ["refusals/keyed-refusals"]);
  assert.deepEqual(lint(code, "api/src/trpc.ts"), []);
  assert.deepEqual(lint('throw forbidden("roleForbidden");', "api/src/services/a.ts"), []);
});
