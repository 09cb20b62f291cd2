import { config } from "zod/v4/core";

/**
 * Runs in the browser before the app's own code. Zod compiles object parsers with `new Function` when it can,
 * and its probe for that trips the Content-Security-Policy (no 'unsafe-eval'): the browser reports a violation
 * even though zod catches the error and falls back. Turning the compilation off skips the probe; forms parse
 * small objects, where it makes no measurable difference.
 */
config({ jitless: true });
