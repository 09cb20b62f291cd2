// Every enum value that can reach the screen has a label in every locale (node --test, part of the web `test`).
// It walks the Prisma schema's enums and the validators' value lists and looks each value up through the one
// map of enum -> message group (src/i18n/enum-labels.json) in every locale's catalogue.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const messagesDir = join(here, "..", "messages");
const labelGroups = JSON.parse(readFileSync(join(here, "..", "src", "i18n", "enum-labels.json"), "utf8"));

/** `enum Name { A B /// doc C }` blocks of schema.prisma. */
function prismaEnums() {
  const schema = readFileSync(join(root, "packages", "db", "prisma", "schema.prisma"), "utf8");
  const enums = {};
  for (const [, name, body] of schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm))
    enums[name] = body
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("//") && !line.startsWith("@@"))
      .map((line) => line.split(/\s/)[0]);
  return enums;
}

/** `export const name = [ "A", "B" ] as const` in the validators' sources. */
function validatorList(file, constName) {
  const source = readFileSync(join(root, "packages", "validators", "src", file), "utf8");
  const match = source.match(new RegExp(`export const ${constName} = \\[([^\\]]*)\\]`));
  assert.ok(match, `${constName} not found in validators/src/${file}`);
  return [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

const enums = {
  ...prismaEnums(),
  ReadinessStatus: validatorList("enums.ts", "readinessStatuses"),
  AuditAction: validatorList("audit.ts", "auditActions"),
  AuditEntityType: validatorList("audit.ts", "auditEntityTypes"),
};
const locales = readdirSync(messagesDir);

const catalogue = (locale, namespace) => {
  try {
    return JSON.parse(readFileSync(join(messagesDir, locale, `${namespace}.json`), "utf8"));
  } catch {
    return undefined;
  }
};

/** The message at `namespace.group.key`, resolved as next-intl does: every "." is a level of nesting. */
function lookUp(locale, key) {
  const [namespace, ...path] = key.split(".");
  let node = catalogue(locale, namespace);
  for (const part of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** The same key as src/i18n/enum-labels.ts builds: a value's dots become "_" (a key cannot contain "."). */
const labelKey = (name, value) => `${labelGroups[name]}.${value.replaceAll(".", "_")}`;

test("the schema has enums and the six locales are there", () => {
  assert.ok(Object.keys(enums).length >= 12);
  assert.equal(locales.length, 6);
});

test("every enum that reaches the screen has a label group", () => {
  const missing = Object.keys(enums).filter((name) => !(name in labelGroups));
  assert.deepEqual(missing, [], "add these enums to src/i18n/enum-labels.json");
});

test("every enum value has a label in every locale", () => {
  const missing = [];
  for (const [name, values] of Object.entries(enums))
    for (const value of values)
      for (const locale of locales) {
        const label = lookUp(locale, labelKey(name, value));
        if (typeof label !== "string" || label.trim() === "") missing.push(`${locale}: ${name}.${value}`);
      }
  assert.deepEqual(missing, []);
});

test("no message key contains a dot (next-intl reads it as nesting, so the message could never be found)", () => {
  const dotted = [];
  const walk = (node, path) => {
    for (const [key, value] of Object.entries(node)) {
      if (key.includes(".")) dotted.push(`${path}.${key}`);
      if (typeof value === "object" && value !== null) walk(value, `${path}.${key}`);
    }
  };
  for (const locale of locales)
    for (const file of readdirSync(join(messagesDir, locale)).filter((f) => f.endsWith(".json")))
      walk(catalogue(locale, file.replace(/\.json$/, "")), `${locale}/${file.replace(/\.json$/, "")}`);
  assert.deepEqual(dotted, []);
});
