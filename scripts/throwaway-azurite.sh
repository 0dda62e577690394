# The throwaway Azurite blob service scripts/test.sh runs the Azure Blob Storage tests against. Sourced, not run:
#   source scripts/throwaway-azurite.sh
#   az_install                # azurite@$az_version into a cache folder outside the repo, once per machine
#   az_start WORK_DIR         # azurite-blob in memory on a free loopback port; sets az_port and
#                             # az_connection_string; non-zero if it could not start
#   az_stop                   # for the caller's EXIT trap; a no-op when nothing was started
# Azurite answers with the well-known development account (devstoreaccount1), whose key is public.
az_version=3.37.0
az_dir=${QIP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qiptracker}/azurite-$az_version
az_bin=$az_dir/node_modules/.bin/azurite-blob
az_pid="" az_port="" az_connection_string=""

az_install() {
  [[ -x $az_bin ]] && return 0
  command -v npm >/dev/null || { echo "npm is missing: install Node.js and npm (Debian: nodejs npm)" >&2; return 1; }
  echo "Installing azurite@$az_version into $az_dir"
  # Into a fresh folder, then renamed: an interrupted install never looks like a finished one.
  local temp="$az_dir.tmp.$$"
  rm -rf "$temp" && mkdir -p "$temp" || return 1
  if ! npm install --prefix "$temp" --no-audit --no-fund --no-save --loglevel=error "azurite@$az_version" >"$temp.log" 2>&1; then
    tail -20 "$temp.log" >&2
    rm -rf "$temp" "$temp.log"
    return 1
  fi
  rm -rf "$az_dir" "$temp.log" && mv "$temp" "$az_dir"
}

az_start() {
  local log="$1/azurite.log" port
  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue # in use
    # In memory (nothing on disk to clean up); no telemetry; any API version the SDK sends.
    "$az_bin" --blobHost 127.0.0.1 --blobPort "$port" --inMemoryPersistence --extentMemoryLimit 512 \
      --disableTelemetry --skipApiVersionCheck --silent >"$log" 2>&1 &
    az_pid=$!
    local waited=0
    while ((waited < 300)); do # up to 30 s for Node to load it; usually about 2 s
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        az_port=$port
        az_connection_string="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"
        echo "Azurite $az_version blob service on 127.0.0.1:$port (in memory)"
        return 0
      fi
      kill -0 "$az_pid" 2>/dev/null || break # it exited, e.g. the port was taken meanwhile
      sleep 0.1
      waited=$((waited + 1))
    done
    az_stop
  done
  tail -20 "$log" >&2 || true
  echo "could not start Azurite" >&2
  return 1
}

az_stop() {
  if [[ -n $az_pid ]]; then
    kill "$az_pid" 2>/dev/null || true
    wait "$az_pid" 2>/dev/null || true
    az_pid=""
  fi
}
