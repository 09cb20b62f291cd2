import { defineConfig } from "prisma/config";
import { fileURLToPath } from "node:url";

// Prisma 7's CLI downloads its native schema engine before `generate` (which does not use it) unless this points
// at any existing file: Prisma's binary host is not reachable here or on CI. It migrates only with that engine,
// so migrations run through Prisma 6.19's CLI instead (scripts/prisma-migrate.mjs, prisma-migrate.config.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

export default defineConfig({ schema: "prisma/schema.prisma" });
