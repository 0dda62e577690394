#!/usr/bin/env bash
# The one command that runs every test, on a fresh Debian machine or a developer's:
#   scripts/test.sh                      # everything
#   scripts/test.sh --filter Tenant      # any extra arguments go to `dotnet test`
# It checks the layout (dotnet format), installs what the tests need (PostgreSQL, Chromium, LibreOffice
# Writer and Impress, Node.js and Azurite), starts a throwaway PostgreSQL cluster (QIP_TEST_POSTGRES) and
# an in-memory Azurite blob service (QIP_TEST_AZURITE) for the run, builds once (analyzers on, warnings
# are errors), runs all test projects and ends with one line:
# "N passed, N failed, N skipped". Exit code is non-zero on any failure.
# Set QIP_TEST_POSTGRES yourself to use an existing server instead of the throwaway cluster, and
# QIP_TEST_AZURITE (a connection string) for an existing Azurite or storage account.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive

started=$SECONDS
work=$(mktemp -d /tmp/qip-test.XXXXXX)
chmod 755 "$work" # the postgres OS user must reach the cluster folder inside it
source scripts/throwaway-postgres.sh
source scripts/throwaway-azurite.sh

cleanup() {
  local rc=$?
  pg_stop
  az_stop
  [[ -z ${QIP_FAULT_PG_CTL:-} ]] || "$QIP_FAULT_PG_CTL" kill >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

summary() { echo "$1 passed, $2 failed, $3 skipped"; }
fail_early() { echo "error: $*" >&2; summary 0 1 0; exit 1; }

# --- 0. the code is laid out as .editorconfig says (seconds: no build; analyzers run in the build) --------
echo "Checking the layout (dotnet format whitespace)..."
if ! dotnet format whitespace --folder --verify-no-changes -v q; then
  fail_early "files above are not laid out as .editorconfig says: run 'dotnet format whitespace --folder' and commit"
fi

# --- 1. what the tests need from Debian (quick no-op when already there) ---------------------
install_missing() {
  local need=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql-15)
  [[ -x /usr/bin/chromium ]] || need+=(chromium)
  command -v npm >/dev/null || need+=(nodejs npm)
  local p
  for p in libreoffice-writer-nogui libreoffice-impress-nogui fonts-dejavu fonts-liberation; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
  done
  ((${#need[@]})) || return 0
  if [[ $EUID -ne 0 ]]; then
    echo "warning: missing ${need[*]}; run as root (or install them) for the full suite" >&2
    return 0
  fi
  echo "Installing: ${need[*]}"
  apt-get update -qq
  # Debian bookworm's postgresql-15; fall back to the distribution's default server elsewhere.
  if [[ " ${need[*]} " == *" postgresql-15 "* ]] && ! apt-cache show postgresql-15 >/dev/null 2>&1; then
    need=("${need[@]/postgresql-15/postgresql}")
  fi
  apt-get install -y -qq --no-install-recommends "${need[@]}" </dev/null >"$work/apt.log" 2>&1 \
    || { tail -30 "$work/apt.log" >&2; fail_early "apt-get install failed"; }
}
install_missing

# --- 2. a throwaway PostgreSQL cluster, owned by an unprivileged user --------------------------
# Durability is pointless for a throwaway cluster; turning it off makes CREATE DATABASE fast.
start_postgres() {
  pg_start "$work" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 \
    || fail_early "the throwaway PostgreSQL cluster did not start (see above)"
  export QIP_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password;Database=postgres"
}
if [[ -n ${QIP_TEST_POSTGRES:-} ]]; then
  echo "Using the PostgreSQL server given in QIP_TEST_POSTGRES"
else
  start_postgres
fi

# A second cluster the fault tests may stop and restart (QIP_FAULT_POSTGRES), through a script that takes
# stop | start | restart | kill (QIP_FAULT_PG_CTL): the first one stays up for every other test.
start_fault_postgres() {
  local main=("$pg_data" "$pg_port" "$pg_password" "$pg_work") dir="$work/fault"
  mkdir -p "$dir" && chmod 755 "$dir"
  pg_start "$dir" -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    || fail_early "the fault-test PostgreSQL cluster did not start (see above)"
  local as="" options="-c listen_addresses=127.0.0.1 -p $pg_port -k $dir/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [[ -z $pg_user ]] || as="runuser -u $pg_user --"
  cat >"$dir/ctl.sh" <<CTL
#!/usr/bin/env bash
set -eu
cd "$dir"
case \$1 in
  kill) exec $as "$pg_bin/pg_ctl" stop -D "$pg_data" -m immediate ;;
  stop) exec $as "$pg_bin/pg_ctl" stop -D "$pg_data" -m fast -w -t 60 ;;
  start|restart) exec $as "$pg_bin/pg_ctl" "\$1" -D "$pg_data" -m fast -w -t 60 -l "$dir/pg/server.log" -o "$options" ;;
esac
CTL
  chmod 755 "$dir/ctl.sh"
  export QIP_FAULT_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password;Database=postgres"
  export QIP_FAULT_PG_CTL="$dir/ctl.sh"
  pg_data=${main[0]} pg_port=${main[1]} pg_password=${main[2]} pg_work=${main[3]}
}
[[ -n ${QIP_FAULT_POSTGRES:-} ]] || start_fault_postgres

# --- 3. Azurite for the Azure Blob Storage tests: installed once per machine, while the build runs ----
az_install_pid=""
if [[ -z ${QIP_TEST_AZURITE:-} && ! -x $az_bin ]]; then
  az_install >"$work/azurite-install.log" 2>&1 &
  az_install_pid=$!
fi

# --- 4. build once, run every test project, count from the trx files -------------------------
echo "Building..."
build_started=$SECONDS
if ! dotnet build QipTracker.sln -c Debug -v q -nologo "-clp:ErrorsOnly;NoSummary"; then
  fail_early "the build failed"
fi

if [[ -n ${QIP_TEST_AZURITE:-} ]]; then
  echo "Using the blob service given in QIP_TEST_AZURITE"
else
  if [[ -n $az_install_pid ]] && ! wait "$az_install_pid"; then
    cat "$work/azurite-install.log" >&2
    fail_early "Azurite could not be installed (see above)"
  fi
  [[ -z $az_install_pid ]] || cat "$work/azurite-install.log"
  az_start "$work" || fail_early "the throwaway Azurite blob service did not start (see above)"
  export QIP_TEST_AZURITE="$az_connection_string"
fi

# QIP_TEST_RESULTS=dir keeps the trx files (e.g. for CI artifacts); otherwise they go with the temp folder.
results=${QIP_TEST_RESULTS:-$work/results}
rm -f "$results"/*.trx 2>/dev/null || true
echo "Built in $((SECONDS - build_started))s. Testing..."
test_started=$SECONDS
set +e
dotnet test QipTracker.sln --no-build -c Debug -v q -nologo -m:1 \
  --results-directory "$results" --logger "trx;LogFilePrefix=qip" --logger "console;verbosity=minimal" "$@"
test_rc=$?
set -e
echo "Tests ran in $((SECONDS - test_started))s."

shopt -s nullglob
trx_files=("$results"/*.trx)
read -r passed failed skipped < <(
  # Each trx has one <Counters .../> element; add them up across projects. xunit's skipped
  # tests are counted in total but not in executed (notExecuted stays 0), hence total - executed.
  cat /dev/null "${trx_files[@]}" | tr '\n' ' ' | grep -o '<Counters [^>]*>' | awk '
    function attr(name) { return match($0, " " name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 3, RLENGTH - length(name) - 4) + 0 : 0 }
    { p += attr("passed"); f += attr("failed") + attr("error") + attr("timeout") + attr("aborted");
      skipped = attr("total") - attr("executed"); s += skipped > attr("notExecuted") ? skipped : attr("notExecuted") }
    END { print p + 0, f + 0, s + 0 }'
)
# A crashed test host or an unreadable trx leaves the counters short: still a failure.
if [[ $test_rc -ne 0 && $failed -eq 0 ]]; then
  echo "error: dotnet test exited with $test_rc (a test host crashed or a project did not run)" >&2
  failed=1
fi
# Every test project writes its own trx; fewer files means a project's results went missing.
projects=$(find tests -name '*.Tests.csproj' | wc -l)
if [[ ${#trx_files[@]} -lt $projects ]]; then
  echo "error: ${#trx_files[@]} result files for $projects test projects" >&2
  failed=$((failed + 1))
fi
if [[ $((passed + failed + skipped)) -eq 0 ]]; then
  echo "error: no test ran" >&2
  failed=1
fi

echo "scripts/test.sh took $((SECONDS - started))s in all."
summary "$passed" "$failed" "$skipped"
[[ $failed -eq 0 ]]
