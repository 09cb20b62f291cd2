/**
 * Runs in the browser before the app's own code. Zod compiles object parsers with `new Function` when it can,
 * and its probe for that trips the Content-Security-Policy (no 'unsafe-eval'): the browser reports a violation
 * even though zod catches the error and falls back. Turning the compilation off skips the probe; forms parse
 * small objects, where it makes no measurable difference.
 *
 * This is what `config({ jitless: true })` from "zod/v4/core" does (zod keeps its configuration in
 * `globalThis.__zod_globalConfig` and adopts an existing object), without importing zod here: this file is part of
 * every page's first load, and the import put 8.7 kB of zod (gzipped) on pages that parse nothing.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });
