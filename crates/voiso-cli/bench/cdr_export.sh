#!/usr/bin/env bash
# One `voiso cdrs export` of every CDR a fresh voiso-mock serves, timed, with
# the export's peak RSS and the requests it made. Release binaries first:
#   cargo build --release -p voiso-cli -p voiso-mock --bins
# usage: bash crates/voiso-cli/bench/cdr_export.sh CDRS LATENCY_MS PARALLEL OUT [SHAPE]
# SHAPE is the mock's --cdr-shape: busy-hours (default) or uniform.
# (compare two runs' OUT files with cmp: the output must not depend on PARALLEL)
set -euo pipefail
bin="${CARGO_TARGET_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)/target}/release"
coproc MOCK { exec "$bin/voiso-mock" --addr 127.0.0.1:0 --cdrs "$1" --latency-ms "$2" --cdr-shape "${5:-busy-hours}"; }
read -r line <&"${MOCK[0]}"; url="${line#listening on }"
trap 'kill $MOCK_PID 2>/dev/null || true' EXIT
since=$(date -u -d '-40 days' +%Y-%m-%dT%H:%M:%SZ); until=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
start=$(date +%s.%N)
VOISO_BASE_URL="$url" VOISO_API_KEY=demo-key /usr/bin/time -f "%M KiB" "$bin/voiso" cdrs export --since "$since" --until "$until" --parallel "$3" --out "$4" 2>"$4.err"
end=$(date +%s.%N)
requests=$(curl -s "$url/_mock/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])')
echo "cdrs=$1 latency=$2 parallel=$3 shape=${5:-busy-hours}: $(echo "$end - $start" | bc) s, $(wc -l < "$4") lines, peak $(tail -1 "$4.err"), requests $requests"
