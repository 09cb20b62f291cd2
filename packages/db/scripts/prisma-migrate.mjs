#!/usr/bin/env node
/**
 * `node scripts/prisma-migrate.mjs <deploy|status|diff ...>`: a `prisma migrate` command, run by Prisma 6.19's CLI
 * (the devDependency `prisma-migrate`, an alias of prisma@6.19.3) with prisma-migrate.config.ts.
 *
 * Why a second CLI: the app runs Prisma 7's client (its query-plan cache; tooling/bench-load/BENCHMARKS.md,
 * "Prisma 7"), but Prisma 7's CLI migrates only with a native schema engine that it downloads from Prisma's own
 * binary host, which neither this machine nor CI can reach. Prisma 6.19's CLI migrates through our driver adapter
 * with a Wasm schema engine shipped in its npm package. The two read the same schema language except the
 * datasource's `url`: Prisma 6 requires it, Prisma 7 refuses it. So prisma/schema.prisma (and each migration's
 * snapshot of it) stays in Prisma 7's form, the one source, and this script hands the old CLI copies with the `url`
 * line put back, in a temporary directory: the config's schema, and every `.prisma` file named in the arguments
 * (`migrate diff --from-schema-datamodel`/`--to-schema-datamodel`). Never edit such a copy; it is thrown away.
 * (Prisma 6 then warns that the schema's `url` is not used: right, the config's driver adapter connects.)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const datasourceUrl = 'url      = env("DATABASE_URL")';

/** The schema text in Prisma 6's form: the datasource block gets the `url` line (kept when it has one). */
export function withDatasourceUrl(schema) {
  const datasource = /(datasource\s+\w+\s*\{)([^}]*)\}/.exec(schema);
  if (!datasource) throw new Error("The schema has no datasource block.");
  const [block, opening, body] = datasource;
  if (/^\s*url\s*=/m.test(body)) return schema;
  const provider = /^([ \t]*)provider\s*=.*$/m.exec(body);
  if (!provider) throw new Error("The schema's datasource has no provider.");
  const withUrl = body.replace(provider[0], `${provider[0]}\n${provider[1]}${datasourceUrl}`);
  return schema.replace(block, `${opening}${withUrl}}`);
}

function main(args) {
  const scratch = mkdtempSync(join(tmpdir(), "prisma-migrate-"));
  try {
    // One folder per copy: migration snapshots are all named schema.prisma.
    let copies = 0;
    const derive = (file) => {
      const folder = join(scratch, String(copies++));
      mkdirSync(folder);
      const copy = join(folder, basename(file));
      writeFileSync(copy, withDatasourceUrl(readFileSync(file, "utf8")));
      return copy;
    };
    const schema = derive(join(packageDir, "prisma", "schema.prisma"));
    const cliArgs = args.map((arg) =>
      arg.endsWith(".prisma") && existsSync(arg) ? derive(resolve(arg)) : arg,
    );
    const cli = createRequire(import.meta.url).resolve("prisma-migrate/build/index.js");
    const config = join(packageDir, "prisma-migrate.config.ts");
    const result = spawnSync(process.execPath, [cli, "migrate", ...cliArgs, "--config", config], {
      stdio: "inherit",
      env: { ...process.env, PORTAL_MIGRATE_SCHEMA: schema, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    if (result.error) throw result.error;
    return result.status ?? 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
