# The throwaway PostgreSQL cluster scripts/test.sh and bench/bench.sh run against. Sourced, not run:
#   source scripts/throwaway-postgres.sh
#   pg_start WORK_DIR [-c setting=value ...]   # a cluster in WORK_DIR/pg on a free loopback port; sets pg_port,
#                                              # pg_password (user postgres) and pg_bin; non-zero if it could not start
#   pg_stop                                    # for the caller's EXIT trap; a no-op when nothing was started
# PostgreSQL refuses to run as root, so as root the cluster belongs to an unprivileged system user (qippg).
pg_bin="" pg_data="" pg_user="" pg_work="" pg_port="" pg_password=""

# From the work folder: the repository (e.g. under /root) may not be readable by that user.
pg_as() { if [[ -n $pg_user ]]; then (cd "$pg_work" && runuser -u "$pg_user" -- "$@"); else "$@"; fi; }

pg_start() {
  pg_work=$1
  shift
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -n $pg_bin ]] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; return 1; }
  if [[ $EUID -eq 0 ]]; then
    pg_user=qippg
    id -u "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user" || return 1
  fi
  local dir="$pg_work/pg" password port
  mkdir -p "$dir" && chmod 700 "$dir" || return 1
  [[ -z $pg_user ]] || chown "$pg_user" "$dir" || return 1
  pg_data="$dir/data"
  password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s\n' "$password" >"$dir/pwfile"
  [[ -z $pg_user ]] || chown "$pg_user" "$dir/pwfile"
  if ! pg_as "$pg_bin/initdb" -D "$pg_data" -U postgres --pwfile="$dir/pwfile" --auth=scram-sha-256 \
    -E UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    echo "initdb failed" >&2
    return 1
  fi
  rm -f "$dir/pwfile"

  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue # in use
    if pg_as "$pg_bin/pg_ctl" start -D "$pg_data" -w -t 60 -l "$dir/server.log" \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir $*" >/dev/null 2>&1; then
      pg_port=$port pg_password=$password
      echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throwaway cluster in $dir)"
      return 0
    fi
  done
  tail -20 "$dir/server.log" >&2 || true
  echo "could not start PostgreSQL" >&2
  return 1
}

pg_stop() {
  if [[ -n $pg_data && -f $pg_data/postmaster.pid ]]; then
    pg_as "$pg_bin/pg_ctl" stop -D "$pg_data" -m immediate >/dev/null 2>&1 || true
  fi
}
