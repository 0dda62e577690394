#!/usr/bin/env bash
# The benchmark of record, in one command (see README.md, "Benchmark"):
#   bench/bench.sh                 # large trust on SQLite, large trust and SaaS (200 trusts) on PostgreSQL
#   bench/bench.sh sqlite          # only one of: sqlite | postgres | saas
#   bench/bench.sh saas --size small --clients 1,10   # anything after the first word goes to the bench
# PostgreSQL: set QIP_BENCH_POSTGRES to a connection string (its database is used as it is: give an empty one),
# or the script starts a throwaway cluster on a free loopback port the way scripts/test.sh does (Debian's
# postgresql-15 must be installed; as root it runs the cluster as an unprivileged user).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

which=${1:-all}
[[ $# -gt 0 ]] && shift
case $which in sqlite | postgres | saas | all) ;; *) echo "usage: bench/bench.sh [sqlite|postgres|saas|all] [bench options]" >&2; exit 2 ;; esac

work=$(mktemp -d /tmp/qip-bench.XXXXXX)
chmod 755 "$work"
source scripts/throwaway-postgres.sh
cleanup() {
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT

# Durable settings (fsync on): the writes' figures must include what a real server pays to commit.
start_postgres() {
  pg_start "$work" -c max_connections=200 -c shared_buffers=512MB \
    || { echo "install postgresql-15 or set QIP_BENCH_POSTGRES to an existing server" >&2; exit 1; }
}

# A fresh database for each PostgreSQL run.
postgres_for() {
  if [[ -n ${QIP_BENCH_POSTGRES:-} ]]; then echo "$QIP_BENCH_POSTGRES"; return; fi
  local name="qip_bench_$1"
  PGPASSWORD=$pg_password "$pg_bin/psql" "host=127.0.0.1 port=$pg_port user=postgres dbname=postgres" -q \
    -c "DROP DATABASE IF EXISTS $name;" -c "CREATE DATABASE $name;" >/dev/null
  echo "Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password;Database=$name;Maximum Pool Size=120"
}

[[ $which == sqlite || -n ${QIP_BENCH_POSTGRES:-} ]] || start_postgres

echo "Building (Release)..."
dotnet build bench/QipTracker.Bench -c Release -v q -nologo "-clp:ErrorsOnly;NoSummary"
run() { dotnet run --no-build -c Release --project bench/QipTracker.Bench -- "$@"; }

rc=0
if [[ $which == sqlite || $which == all ]]; then run "$@" || rc=1; fi
if [[ $which == postgres || $which == all ]]; then
  run --Database:Provider=Postgres "--ConnectionStrings:Qip=$(postgres_for large)" "$@" || rc=1
fi
if [[ $which == saas || $which == all ]]; then
  run --shape saas --Database:Provider=Postgres "--ConnectionStrings:Qip=$(postgres_for saas)" "$@" || rc=1
fi
exit $rc
