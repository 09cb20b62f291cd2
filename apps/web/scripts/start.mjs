// Starts the production server. AUTH_SECRET is generated once and kept in the git-ignored .data folder,
// so sessions survive restarts without anyone having to configure a secret for the demo.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const secretFile = fileURLToPath(new URL("../../../.data/auth-secret", import.meta.url));
if (!process.env.AUTH_SECRET) {
  if (!existsSync(secretFile)) {
    mkdirSync(new URL("../../../.data/", import.meta.url), { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}
process.env.AUTH_TRUST_HOST ??= "true";
const port = process.env.PORT ?? "3000";
console.log(`\nPortal: http://localhost:${port}\n`);
const child = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
