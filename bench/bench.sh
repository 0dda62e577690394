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
pg_ctl="" pg_data="" pg_user="" pg_port="" pg_password=""
as_pg() { if [[ -n $pg_user ]]; then (cd "$work" && runuser -u "$pg_user" -- "$@"); else "$@"; fi; }
cleanup() {
  [[ -n $pg_ctl && -f $pg_data/postmaster.pid ]] && as_pg "$pg_ctl" stop -D "$pg_data" -m immediate >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

start_postgres() {
  local bin port password dir="$work/pg"
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -n $bin ]] || { echo "PostgreSQL server binaries not found: install postgresql-15 or set QIP_BENCH_POSTGRES" >&2; exit 1; }
  pg_ctl="$bin/pg_ctl"
  if [[ $EUID -eq 0 ]]; then
    pg_user=qippg
    id -u "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
  fi
  mkdir -p "$dir" && chmod 700 "$dir"
  [[ -z $pg_user ]] || chown "$pg_user" "$dir"
  pg_data="$dir/data"
  password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s\n' "$password" >"$dir/pwfile"
  [[ -z $pg_user ]] || chown "$pg_user" "$dir/pwfile"
  as_pg "$bin/initdb" -D "$pg_data" -U postgres --pwfile="$dir/pwfile" --auth=scram-sha-256 -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  # Durable settings (fsync on): the writes' figures must include what a real server pays to commit.
  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
    if as_pg "$pg_ctl" start -D "$pg_data" -w -t 60 -l "$dir/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c shared_buffers=512MB" >/dev/null 2>&1; then
      pg_port=$port pg_password=$password
      echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throwaway cluster)"
      return 0
    fi
  done
  tail -20 "$dir/server.log" >&2
  exit 1
}

# A fresh database for each PostgreSQL run.
postgres_for() {
  if [[ -n ${QIP_BENCH_POSTGRES:-} ]]; then echo "$QIP_BENCH_POSTGRES"; return; fi
  local name="qip_bench_$1"
  PGPASSWORD=$pg_password "$(dirname "$pg_ctl")/psql" "host=127.0.0.1 port=$pg_port user=postgres dbname=postgres" -q \
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
