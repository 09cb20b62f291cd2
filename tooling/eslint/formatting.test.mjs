// The hand-formatting rule reports what the UI must format through next-intl and leaves the rest alone (node --test).
import assert from "node:assert/strict";
import { test } from "node:test";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { formatting } from "./formatting.js";

const linter = new Linter({ configType: "flat" });
const problems = (code, filename = "src/a.tsx") =>
  linter
    .verify(
      code,
      [
        {
          files: ["**/*.tsx"],
          languageOptions: {
            parser: tseslint.parser,
            parserOptions: { ecmaFeatures: { jsx: true } },
            sourceType: "module",
          },
        },
        ...formatting(["src/**/*.tsx"]),
      ],
      { filename },
    )
    .map((m) => m.message.split(":")[0]);

test("hand-formatted dates, numbers, locales and percentages are reported", () => {
  assert.deepEqual(problems('const d = new Date(x).toLocaleDateString("en-GB");'), [
    "toLocaleDateString() formats by hand",
    '"en-GB" fixes the locale',
  ]);
  assert.deepEqual(problems("const s = n.toFixed(1);"), ["toFixed() formats by hand"]);
  assert.deepEqual(problems("const s = d.toLocaleString();"), ["toLocaleString() formats by hand"]);
  assert.deepEqual(problems('const f = new Intl.NumberFormat("sv");'), ["Intl.NumberFormat formats by hand"]);
  assert.deepEqual(problems("const s = `${n}%`;"), ["a percentage built by hand"]);
  assert.deepEqual(problems('const s = n + "%";'), ["a percentage built by hand"]);
  assert.deepEqual(problems("const e = <span>{n}%</span>;"), ["a percentage built by hand"]);
});

test("formatters, CSS lengths in a style and files outside the sources pass", () => {
  assert.deepEqual(problems('const s = format.number(n, { style: "percent" });'), []);
  assert.deepEqual(problems('const s = format.dateTime(d, { dateStyle: "medium" });'), []);
  assert.deepEqual(problems("const e = <div style={{ width: `${n}%` }} />;"), []);
  assert.deepEqual(problems('const e = <div style={{ width: n + "%" }} />;'), []);
  assert.deepEqual(problems("const e = <p>100% sure, {n} left</p>;"), []);
  assert.deepEqual(problems('const n = new Intl.DisplayNames([l], { type: "language" });'), []);
  assert.deepEqual(problems("const s = n.toFixed(1);", "scripts/a.tsx"), []);
});
