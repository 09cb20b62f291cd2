import { envReaders, processEnvRule } from "./base.js";

/**
 * The direction of imports between the workspace's packages (README, "Architecture"): each package may import
 * only the internal packages listed for it. Everything else is an error, static or dynamic import alike.
 * `@portal/db` -> `@portal/domain` is a declared edge: the seeds build demo data with the domain's rules.
 */
export const allowedImports = {
  "@portal/web": [
    "@portal/api",
    "@portal/auth",
    "@portal/domain",
    "@portal/jobs",
    "@portal/ui",
    "@portal/validators",
  ],
  "@portal/jobs": ["@portal/api", "@portal/db", "@portal/domain", "@portal/validators"],
  "@portal/api": ["@portal/auth", "@portal/db", "@portal/domain", "@portal/validators"],
  "@portal/auth": ["@portal/db", "@portal/domain", "@portal/validators"],
  "@portal/db": ["@portal/domain", "@portal/validators"],
  "@portal/domain": [],
  "@portal/validators": [],
  "@portal/ui": [],
  "@portal/e2e": ["@portal/db", "@portal/domain", "@portal/validators"],
};

const internalPackages = Object.keys(allowedImports);

/** The packages one package may not import, as no-restricted-imports patterns and dynamic-import selectors. */
function restrictions(pkg) {
  const allowed = allowedImports[pkg];
  if (!allowed) throw new Error(`boundaries: unknown package ${pkg}; add it to allowedImports`);
  const refused = internalPackages.filter((p) => p !== pkg && !allowed.includes(p));
  const patterns = [
    ...refused.map((p) => ({
      group: [p, `${p}/*`],
      message: `${pkg} may not import ${p} (README, "Architecture": imports point one way).`,
    })),
  ];
  const dynamic = refused.map((p) => ({
    selector: `ImportExpression[source.value=/^${p.replace("/", "\\/")}(\\/|$)/]`,
    message: `${pkg} may not import ${p} (README, "Architecture": imports point one way).`,
  }));
  return { patterns, dynamic };
}

const benchesUseNoTestHelpers = {
  regex: "(^|/)test/",
  message: "Benchmarks build their own fixtures: test helpers may change with the tests.",
};
const componentsUseNoRoutes = {
  regex: "^(@/app(/|$)|(\\.\\./)+app/)",
  message: "Components may not import route folders (app/): put shared server actions in src/actions/.",
};

/**
 * Flat-config objects enforcing the import direction for one package (pass its package.json name). `folderRules`
 * adds a package's own refused imports for some of its folders (glob -> no-restricted-imports pattern);
 * `syntaxRules` its own no-restricted-syntax entries (kept beside the ones here, which a second entry would replace).
 */
export function boundaries(pkg, folderRules = {}, syntaxRules = []) {
  const { patterns, dynamic } = restrictions(pkg);
  const inFolder = (files, extra) => ({
    files,
    rules: { "no-restricted-imports": ["error", { patterns: [...patterns, extra] }] },
  });
  return [
    { rules: { "no-restricted-imports": ["error", { patterns }] } },
    inFolder(["src/components/**"], componentsUseNoRoutes),
    inFolder(["bench/**"], benchesUseNoTestHelpers),
    ...Object.entries(folderRules).map(([glob, pattern]) => inFolder([glob], pattern)),
    // Dynamic imports: the same list, beside base's process.env rule (which env readers are exempt from).
    { rules: { "no-restricted-syntax": ["error", processEnvRule, ...dynamic, ...syntaxRules] } },
    { files: envReaders, rules: { "no-restricted-syntax": ["error", ...dynamic, ...syntaxRules] } },
  ];
}
