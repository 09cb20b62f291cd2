#!/usr/bin/env bash
# Writes the next migration as the diff from the newest stored schema snapshot to prisma/schema.prisma.
# (prisma migrate dev cannot run offline; see ../../README.md. scripts/prisma-migrate.mjs says which CLI runs it.)
set -euo pipefail
name=${1:?usage: npm run migrate:new -- <name>}
last=$(ls -d prisma/migrations/*/ 2>/dev/null | tail -1 || true)
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
if [ -n "$last" ]; then from=(--from-schema-datamodel "${last}schema.prisma"); else from=(--from-empty); fi
sql=$(node scripts/prisma-migrate.mjs diff "${from[@]}" --to-schema-datamodel prisma/schema.prisma --script)
if ! grep -qvE '^\s*(--.*)?$' <<<"$sql"; then echo "schema.prisma has no changes since ${last:-the start}"; exit 1; fi
mkdir -p "$dir"
printf '%s\n' "$sql" > "$dir/migration.sql"
cp prisma/schema.prisma "$dir/schema.prisma"
echo "wrote $dir"
