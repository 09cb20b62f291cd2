// The import-direction rules refuse what the README forbids and allow what it allows (node --test).
import assert from "node:assert/strict";
import { test } from "node:test";
import { Linter } from "eslint";
import { boundaries } from "./boundaries.js";

const linter = new Linter({ configType: "flat" });
const problems = (pkg, filename, code) =>
  linter
    .verify(
      code,
      [{ languageOptions: { sourceType: "module", ecmaVersion: "latest" } }, ...boundaries(pkg)],
      {
        filename,
      },
    )
    .map((m) => m.ruleId);

test("a package may import what the README allows", () => {
  assert.deepEqual(problems("@portal/api", "src/a.js", 'import { prisma } from "@portal/db";'), []);
  assert.deepEqual(problems("@portal/web", "src/a.js", 'import { appRouter } from "@portal/api";'), []);
});

test("an import against the direction fails, static or dynamic, package root or subpath", () => {
  assert.deepEqual(problems("@portal/api", "src/a.js", 'import { jobs } from "@portal/jobs";'), [
    "no-restricted-imports",
  ]);
  assert.deepEqual(problems("@portal/web", "src/a.js", 'const db = await import("@portal/db");'), [
    "no-restricted-syntax",
  ]);
  assert.deepEqual(problems("@portal/domain", "src/a.js", 'import { x } from "@portal/db/factories";'), [
    "no-restricted-imports",
  ]);
  assert.deepEqual(problems("@portal/ui", "src/a.js", 'export { x } from "@portal/api";'), [
    "no-restricted-imports",
  ]);
});

test("components may not import route folders; benchmarks may not import test helpers", () => {
  assert.deepEqual(problems("@portal/web", "src/components/a.js", 'import { x } from "@/app/actions";'), [
    "no-restricted-imports",
  ]);
  assert.deepEqual(problems("@portal/web", "src/app/page.js", 'import { x } from "./actions";'), []);
  assert.deepEqual(problems("@portal/api", "bench/a.js", 'import { callerFor } from "../test/harness";'), [
    "no-restricted-imports",
  ]);
  assert.deepEqual(problems("@portal/api", "test/a.js", 'import { callerFor } from "./harness";'), []);
});
