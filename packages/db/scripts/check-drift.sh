#!/usr/bin/env bash
# Fails (exit 2) when prisma/schema.prisma changed without a migration (compares with the newest snapshot).
set -euo pipefail
last=$(ls -d prisma/migrations/*/ | tail -1)
if ! node scripts/prisma-migrate.mjs diff --from-schema-datamodel "${last}schema.prisma" --to-schema-datamodel prisma/schema.prisma --exit-code >/dev/null; then
  echo "schema.prisma differs from ${last}schema.prisma: run 'npm run migrate:new -- <name>'" >&2
  exit 2
fi
echo "migrations match schema.prisma"
