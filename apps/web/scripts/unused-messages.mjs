// Finds English message keys that no code uses (`node scripts/unused-messages.mjs` lists them; the test in
// unused-messages.test.mjs fails on any). Reads apps/web/src with TypeScript's parser (no type check, ~1 s):
//   - a translator is a binding `const t = useTranslations("ns")` / `await getTranslations("ns" | { namespace })`,
//     resolved by scope (two components in one file may both call theirs `t`);
//   - `t("key")`, `t.rich/markup/raw/has("key")` use `ns.key`; a template `t(\`kinds.${k}\`)` uses every key under
//     `ns.kinds.`; both branches of `c ? "a" : "b"` count;
//   - a translator whose namespace is a variable (a union type, e.g. the resource namespaces) uses the key in every
//     namespace;
//   - a key that is a variable (`t(action)`), or a translator handed to a function (`describe(q, a, t)`), uses
//     `ns.<s>` for every string literal `s` in that file: such keys are typed by next-intl, so they come from
//     literals (`["start", "review"] as const`), which are nearly always in the same file;
//   - a string literal anywhere in the web app or the validators that is a whole key ("validation.required") uses it;
//   - enum labels are used through src/i18n/enum-labels.json (each group is used as a whole);
//   - `dynamicUses` below lists the keys reached from other files (a table of keys, data checked with has()).
// It can miss an unused key (a literal that happens to match) but reports a used one only when its key comes from
// another file without being listed in `dynamicUses`: then add it there.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const web = join(here, "..");
const root = join(web, "..", "..");

/**
 * Calls whose key is a variable, by file and translator namespace, with the keys they can reach (prefixes end in
 * "."). The type of each such key is checked by next-intl's typed messages; this list only tells this check which
 * keys that code can reach.
 */
export const dynamicUses = {
  // NavItem.key: the nav-items table.
  "src/components/layout/main-nav.tsx nav": ["nav."],
  // Field names stored in audit entries, checked with has() first.
  "src/components/audit/audit-change.tsx audit.fields": ["audit.fields."],
  // Validators' messages ("validation.<key>"), checked with has() first; the keys are literals in the validators.
  "src/components/forms/use-form-errors.ts validation": [],
  // Refusals: the server sends the key (packages/api/src/error-messages.ts, the same keys as messages/en/errors.json
  // and each used there, both checked by src/i18n/server-errors.test.ts); checked with has() first.
  "src/i18n/server-errors.ts errors": ["errors."],
  "src/i18n/server-error-text.ts errors": ["errors."],
  // A notification's message key comes from its stored kind (notificationMessage in @portal/validators; the
  // component checks by type that each kind has its messages).
  "src/components/notifications/use-notification-text.ts notifications.kinds": ["notifications.kinds."],
  // The mails' own lines: @portal/api's composeMail uses them with the catalogue this file hands to the jobs.
  // The weekly digest's mail (@portal/api's composeDigestMail) likewise.
  "src/instrumentation-node.ts notifications": ["notifications.mail.", "notifications.digestMail."],
  // The password-reset mail (@portal/api's sendResetMail), sent within the request with the catalogue this file
  // hands to the api's context.
  "src/server/mailer.ts auth": ["auth.resetMail."],
};

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name))
      : /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts")
        ? [join(dir, entry.name)]
        : [],
  );

/** Every key of the English catalogue, "ns.a.b". */
export function englishKeys() {
  const dir = join(web, "messages", "en");
  const keys = [];
  const flatten = (node, path) => {
    for (const [key, value] of Object.entries(node))
      if (typeof value === "object" && value !== null) flatten(value, `${path}.${key}`);
      else keys.push(`${path}.${key}`);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")))
    flatten(JSON.parse(readFileSync(join(dir, file), "utf8")), file.replace(/\.json$/, ""));
  return keys;
}

const translatorFactories = new Set(["useTranslations", "getTranslations"]);
const methods = new Set(["rich", "markup", "raw", "has"]);
const ANY = Symbol("any namespace");

/** The namespace a translator factory call is for: a string, "" (root), ANY (a variable), or undefined. */
function namespaceOf(call) {
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) return undefined;
  if (!translatorFactories.has(call.expression.text)) return undefined;
  const arg = call.arguments[0];
  if (!arg) return "";
  if (ts.isStringLiteralLike(arg)) return arg.text;
  if (ts.isObjectLiteralExpression(arg)) {
    const ns = arg.properties.find(
      (p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "namespace",
    );
    if (!ns) return "";
    return ts.isStringLiteralLike(ns.initializer) ? ns.initializer.text : ANY;
  }
  return ANY;
}

/** What the code uses: exact keys, prefixes, keys in any namespace, and calls whose key is a variable. */
export function scanUses() {
  const exact = new Set();
  const prefixes = new Set();
  const anyNamespace = new Set();
  const dynamic = [];
  const literals = new Set();
  const fileLiteralsOf = new Map();

  const files = [...walk(join(web, "src")), ...walk(join(root, "packages", "validators", "src"))];
  for (const file of files) {
    const rel = relative(web, file);
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const scopes = [new Map()];
    const lookUp = (name) => {
      for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i].has(name)) return scopes[i].get(name);
      return undefined;
    };
    const join2 = (ns, key) => (ns ? `${ns}.${key}` : key);
    const useKey = (ns, arg, node) => {
      if (ts.isStringLiteralLike(arg)) {
        if (ns === ANY) anyNamespace.add(arg.text);
        else exact.add(join2(ns, arg.text));
      } else if (ts.isTemplateExpression(arg)) {
        if (ns === ANY) anyNamespace.add(`${arg.head.text}*`);
        else prefixes.add(join2(ns, arg.head.text));
      } else if (ts.isConditionalExpression(arg)) {
        useKey(ns, arg.whenTrue, node);
        useKey(ns, arg.whenFalse, node);
      } else if (ts.isParenthesizedExpression(arg) || ts.isAsExpression(arg)) {
        useKey(ns, arg.expression, node);
      } else dynamic.push({ site: `${rel} ${ns === ANY ? "*" : ns}`, ns, file: rel });
    };
    const fileLiterals = new Set();
    fileLiteralsOf.set(rel, fileLiterals);
    const visit = (node) => {
      const opensScope = ts.isFunctionLike(node) || ts.isBlock(node) || ts.isSourceFile(node);
      if (opensScope) scopes.push(new Map());
      if (ts.isStringLiteralLike(node)) {
        literals.add(node.text);
        fileLiterals.add(node.text);
      }
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const init = ts.isAwaitExpression(node.initializer) ? node.initializer.expression : node.initializer;
        const ns = namespaceOf(init);
        if (ns !== undefined) scopes[scopes.length - 1].set(node.name.text, ns);
      }
      if (ts.isCallExpression(node) && node.arguments[0]) {
        const callee = node.expression;
        let ns;
        if (ts.isIdentifier(callee)) ns = lookUp(callee.text);
        else if (
          ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          methods.has(callee.name.text)
        )
          ns = lookUp(callee.expression.text);
        if (ns !== undefined) useKey(ns, node.arguments[0], node);
        // A translator handed to a function: its keys are literals of this file (see the top).
        for (const arg of node.arguments) {
          const handed = ts.isIdentifier(arg) ? lookUp(arg.text) : undefined;
          if (handed !== undefined)
            dynamic.push({ site: `${rel} ${handed === ANY ? "*" : handed}`, ns: handed, file: rel });
        }
      }
      ts.forEachChild(node, visit);
      if (opensScope) scopes.pop();
    };
    visit(source);
  }
  // Keys that are variables: every literal of the file, in the translator's namespace.
  for (const { ns, file } of dynamic)
    for (const literal of fileLiteralsOf.get(file) ?? []) {
      if (ns === ANY) anyNamespace.add(literal);
      else exact.add(ns ? `${ns}.${literal}` : literal);
    }
  return { exact, prefixes, anyNamespace, dynamic, literals };
}

/** English keys that nothing uses, and dynamic uses that `dynamicUses` does not list. */
export function findUnused() {
  const { exact, prefixes, anyNamespace, dynamic, literals } = scanUses();
  const labelGroups = JSON.parse(readFileSync(join(web, "src", "i18n", "enum-labels.json"), "utf8"));
  const allowedPrefixes = [
    ...prefixes,
    ...Object.entries(labelGroups)
      .filter(([name]) => name !== "//")
      .map(([, group]) => `${group}.`),
    ...Object.values(dynamicUses).flat(),
  ];
  const unused = englishKeys().filter((key) => {
    if (exact.has(key) || literals.has(key)) return false;
    if (allowedPrefixes.some((p) => key.startsWith(p))) return false;
    const inNamespace = key.slice(key.indexOf(".") + 1);
    if (anyNamespace.has(inNamespace)) return false;
    if ([...anyNamespace].some((k) => k.endsWith("*") && inNamespace.startsWith(k.slice(0, -1))))
      return false;
    return true;
  });
  return { unused, dynamic };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { unused, dynamic } = findUnused();
  console.log(`unused keys (${unused.length}):\n  ${unused.join("\n  ")}`);
  console.log(
    `keys that are variables or translators handed on, in:\n  ${[...new Set(dynamic.map((d) => d.site))].join("\n  ")}`,
  );
}
