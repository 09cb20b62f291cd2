#!/usr/bin/env node
// Compares a locale's message catalogue with English (the source) and fails on any gap:
//   node apps/web/scripts/check-messages.mjs [locale ...]     (no locale: every locale folder except en)
// Per locale it reports missing/extra namespaces and keys, messages that do not parse or precompile (the same
// compiler next.config.ts uses: `precompile: true` runs icu-minify), ICU arguments whose name or type differs
// from English, select branches that differ, plural branches that drop an `=N` branch or use a category the
// locale does not have, rich-text tags that differ, Markdown that English does not have, and values identical
// to English that are not on the locale's allow-list. Exit code 1 when anything is reported.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, TYPE } from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import format from "icu-minify/format";

const messagesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "messages");
const SOURCE = "en";

/**
 * Values that may equal English, per locale (identical-allowed/<locale>.json beside this script): loanwords and
 * abbreviations the language uses as they are, and formats like "v{version}". Matched against the whole value;
 * each entry's value says why. Keep the lists short. (Values whose text outside {arguments} and <tags> has no
 * letters, like "{from} → {to}", are never reported.)
 */
const allowedIdentical = (locale) => {
  const file = join(dirname(fileURLToPath(import.meta.url)), "identical-allowed", `${locale}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
};

/** Each distinct problem once, grouped by namespace. */
function checkLocale(locale) {
  const problems = [];
  const report = (where, text) => problems.push(`${where}: ${text}`);
  const allowed = allowedIdentical(locale);
  const usedAllowances = new Set();
  const pluralCategories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);

  const sourceFiles = jsonFiles(SOURCE);
  const localeFiles = jsonFiles(locale);
  for (const file of sourceFiles) if (!localeFiles.includes(file)) report(file, "namespace file missing");
  for (const file of localeFiles)
    if (!sourceFiles.includes(file)) report(file, "namespace file not in English");

  for (const file of sourceFiles.filter((f) => localeFiles.includes(f))) {
    const namespace = file.replace(/\.json$/, "");
    const source = flatten(readJson(SOURCE, file));
    const target = flatten(readJson(locale, file));
    for (const key of source.keys()) if (!target.has(key)) report(`${namespace}.${key}`, "missing");
    for (const key of target.keys()) if (!source.has(key)) report(`${namespace}.${key}`, "not in English");

    for (const [key, targetValue] of target) {
      const id = `${namespace}.${key}`;
      if (typeof targetValue !== "string") {
        report(id, `is ${typeof targetValue}, not a message string`);
        continue;
      }
      let targetAst;
      let compiled;
      try {
        targetAst = parse(targetValue);
        compiled = compile(targetValue);
      } catch (error) {
        report(id, `does not compile: ${error.message}`);
        continue;
      }
      const renderError = firstRenderError(compiled, shapeOf(targetAst), locale);
      if (renderError) report(id, `does not render: ${renderError}`);
      const sourceValue = source.get(key);
      if (typeof sourceValue !== "string") continue;
      const sourceShape = shapeOf(parse(sourceValue));
      const targetShape = shapeOf(targetAst);
      for (const difference of compareShapes(sourceShape, targetShape, pluralCategories))
        report(id, difference);
      for (const marker of ["**", "`", "](", "<br", "&nbsp;"]) {
        if (count(targetValue, marker) > count(sourceValue, marker))
          report(id, `adds Markdown/HTML “${marker}”`);
      }
      const identical = targetValue.trim() === sourceValue.trim();
      if (identical && Object.hasOwn(allowed, targetValue.trim())) usedAllowances.add(targetValue.trim());
      else if (identical && /\p{L}/u.test(literalText(targetAst))) {
        report(id, `identical to English: “${sourceValue}”`);
      }
    }
  }
  for (const value of Object.keys(allowed)) {
    if (!usedAllowances.has(value))
      report(`“${value}”`, "on the allow-list but no value equals it: remove it");
  }
  return problems;
}

const formatters = {
  getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args) => new Intl.NumberFormat(...args),
  getPluralRules: (...args) => new Intl.PluralRules(...args),
};

/**
 * Renders a precompiled message the way the app does (icu-minify's runtime), with sample values: every plural
 * argument as 0, 1, 2 and 5, every select branch in turn, tags as functions. Returns the first error, if any.
 */
function firstRenderError(compiled, shape, locale) {
  const selectBranches = [...shape.selects.values()].map((branches) => [...branches]);
  const rounds = Math.max(4, ...selectBranches.map((branches) => branches.length));
  for (let round = 0; round < rounds; round++) {
    const values = {};
    for (const [name, kinds] of shape.args) {
      if (kinds.has("select")) {
        const branches = [...shape.selects.get(name)];
        values[name] = branches[round % branches.length];
      } else if ([...kinds].some((k) => k.startsWith("date") || k.startsWith("time")))
        values[name] = new Date();
      else if ([...kinds].some((k) => k !== "string")) values[name] = [0, 1, 2, 5][round % 4];
      else values[name] = "x";
    }
    for (const tag of shape.tags.keys()) values[tag] = (chunks) => chunks.join("");
    try {
      format(compiled, locale, values, { formatters, timeZone: "UTC" });
    } catch (error) {
      return error.message;
    }
  }
  return null;
}

/** Arguments (name -> kinds), select/plural branches and tags of a parsed message, recursively. */
function shapeOf(ast, shape = { args: new Map(), selects: new Map(), plurals: new Map(), tags: new Map() }) {
  for (const node of ast) {
    switch (node.type) {
      case TYPE.argument:
        addArg(shape, node.value, "string");
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time: {
        const kind = { [TYPE.number]: "number", [TYPE.date]: "date", [TYPE.time]: "time" }[node.type];
        const style = node.style == null ? "" : typeof node.style === "string" ? node.style : "::skeleton";
        addArg(shape, node.value, style ? `${kind}, ${style}` : kind);
        break;
      }
      case TYPE.select:
        addArg(shape, node.value, "select");
        addBranches(shape.selects, node.value, Object.keys(node.options));
        for (const option of Object.values(node.options)) shapeOf(option.value, shape);
        break;
      case TYPE.plural: {
        const kind = node.pluralType === "ordinal" ? "selectordinal" : "plural";
        addArg(shape, node.value, node.offset ? `${kind}, offset:${node.offset}` : kind);
        addBranches(shape.plurals, node.value, Object.keys(node.options));
        for (const option of Object.values(node.options)) shapeOf(option.value, shape);
        break;
      }
      case TYPE.tag:
        shape.tags.set(node.value, (shape.tags.get(node.value) ?? 0) + 1);
        shapeOf(node.children, shape);
        break;
      default:
        break; // literal text and `#`
    }
  }
  return shape;
}

function compareShapes(source, target, pluralCategories) {
  const differences = [];
  for (const [name, kinds] of source.args) {
    const targetKinds = target.args.get(name);
    if (!targetKinds) differences.push(`argument {${name}} missing`);
    else if (!sameSet(kinds, targetKinds)) {
      differences.push(
        `argument {${name}} is ${[...targetKinds].join("/")}, English ${[...kinds].join("/")}`,
      );
    }
  }
  for (const name of target.args.keys()) {
    if (!source.args.has(name)) differences.push(`argument {${name}} not in English`);
  }
  for (const [name, branches] of source.selects) {
    const targetBranches = target.selects.get(name);
    if (targetBranches && !sameSet(branches, targetBranches)) {
      differences.push(`select {${name}} branches ${list(targetBranches)}, English ${list(branches)}`);
    }
  }
  for (const [name, branches] of source.plurals) {
    const targetBranches = target.plurals.get(name);
    if (!targetBranches) continue; // reported as an argument difference
    for (const branch of branches) {
      const explicit = branch.startsWith("=");
      const needed = explicit || (pluralCategories.has(branch) && branch !== "other") || branch === "other";
      if (needed && !targetBranches.has(branch)) differences.push(`plural {${name}} lacks branch ${branch}`);
    }
    for (const branch of targetBranches) {
      if (branch.startsWith("=") ? !branches.has(branch) : !pluralCategories.has(branch)) {
        differences.push(
          `plural {${name}} has branch ${branch}, not in English or not a category of the locale`,
        );
      }
    }
  }
  const tagNames = new Set([...source.tags.keys(), ...target.tags.keys()]);
  for (const tag of tagNames) {
    if ((source.tags.get(tag) ?? 0) !== (target.tags.get(tag) ?? 0)) {
      differences.push(
        `tag <${tag}> used ${target.tags.get(tag) ?? 0}×, English ${source.tags.get(tag) ?? 0}×`,
      );
    }
  }
  return differences;
}

/** The text a reader sees apart from arguments: literals, also inside branches and tags. */
function literalText(ast) {
  return ast
    .map((node) => {
      if (node.type === TYPE.literal) return node.value;
      if (node.type === TYPE.tag) return literalText(node.children);
      if (node.type === TYPE.select || node.type === TYPE.plural) {
        return Object.values(node.options)
          .map((option) => literalText(option.value))
          .join(" ");
      }
      return "";
    })
    .join("");
}

function addArg(shape, name, kind) {
  if (!shape.args.has(name)) shape.args.set(name, new Set());
  shape.args.get(name).add(kind);
}

function addBranches(map, name, branches) {
  if (!map.has(name)) map.set(name, new Set());
  for (const branch of branches) map.get(name).add(branch);
}

const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const list = (set) => `[${[...set].join(", ")}]`;
const count = (text, marker) => text.split(marker).length - 1;

function jsonFiles(locale) {
  const dir = join(messagesDir, locale);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

function readJson(locale, file) {
  return JSON.parse(readFileSync(join(messagesDir, locale, file), "utf8"));
}

/** "a.b.c" -> value, for every leaf (objects nest namespaces; anything else is a leaf). */
function flatten(value, prefix = "", out = new Map()) {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === "object" && !Array.isArray(child)) flatten(child, path, out);
    else out.set(path, child);
  }
  return out;
}

const requested = process.argv.slice(2);
const locales = requested.length
  ? requested
  : readdirSync(messagesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== SOURCE)
      .map((d) => d.name)
      .sort();

let failed = false;
for (const locale of locales) {
  if (!existsSync(join(messagesDir, locale))) {
    console.error(`${locale}: no folder messages/${locale}`);
    failed = true;
    continue;
  }
  const problems = checkLocale(locale);
  if (problems.length) {
    failed = true;
    console.log(`${locale}: ${problems.length} problem(s)`);
    for (const problem of problems) console.log(`  ${problem}`);
  } else {
    console.log(
      `${locale}: matches English (keys, arguments, branches, tags; identical values only as allowed)`,
    );
  }
}
process.exitCode = failed ? 1 : 0;
