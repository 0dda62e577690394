#!/usr/bin/env bash
# Adds a migration with the same name for both providers: ./scripts/add-migration.sh AddSprints
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/QipTracker.Infrastructure \
    --context "${ctx}QipDbContext" --output-dir "Persistence/Migrations/$ctx"
done
