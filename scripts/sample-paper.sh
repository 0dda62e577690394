#!/usr/bin/env bash
# Regenerates the sample board paper and partner pack in docs/samples/ from the demo trust:
#   scripts/sample-paper.sh [yyyy-MM]      # default: last month
# On a fresh SQLite data folder it starts the app once (which seeds the demo trust), stops it, and runs the
# app's own `board-paper` verb for the board paper and the partner pack (DOCX, PDF, PPTX). Then it draws
# PNGs, at 100 dpi, of the paper's cover sheet and the pages the README links (delivery by ISG, SPC small
# multiples, exceptions) and of the deck's first slides. Needs LibreOffice (Writer and Impress) and pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."

month=${1:-$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)}
samples=docs/samples
trust="Northbridge University Hospitals NHS Foundation Trust"
paper_pages=(1 4 13 14)   # cover sheet, delivery by ISG, SPC small multiples, exceptions
deck_slides=(1 2 3 5)     # title, summary and the ask, Must Do trajectory, the first ISG

work=$(mktemp -d /tmp/qip-sample.XXXXXX)
app_pid=""
cleanup() {
  if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export DataFolder="$work/data" Database__Provider=Sqlite
dotnet build src/QipTracker.Web -v quiet -nologo >"$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; exit 1; }
app=$PWD/src/QipTracker.Web/bin/Debug/net10.0/QipTracker.Web.dll

# 1. Seed the demo trust: the app does it on its first start and prints the logins once done.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd src/QipTracker.Web && exec dotnet "$app" --urls "http://127.0.0.1:$port") >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
  grep -q "Demo trust seeded" "$work/app.log" && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "Demo trust seeded" "$work/app.log" || { echo "the demo trust was not seeded" >&2; exit 1; }
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

# 2. The papers, through the same verb an operator uses.
for kind in board partner; do
  dotnet "$app" board-paper --trust "$trust" --month "$month" --kind "$kind" --out "$samples" --format docx,pdf,pptx
done

# 3. Pictures of the paper's pages and of the deck's first slides.
png() { # png <pdf> <page> <output name without .png>
  pdftoppm -png -r 100 -singlefile -f "$2" -l "$2" "$1" "$3"
}
rm -f "$samples"/board-paper-page-*.png "$samples"/board-deck-slide-*.png
for page in "${paper_pages[@]}"; do png "$samples/qip-board-paper-$month.pdf" "$page" "$samples/board-paper-page-$page"; done
soffice --headless --norestore -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work/deck" \
  "$samples/qip-board-paper-$month.pptx" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; exit 1; }
for slide in "${deck_slides[@]}"; do png "$work/deck/qip-board-paper-$month.pdf" "$slide" "$samples/board-deck-slide-$slide"; done
ls -l "$samples"
