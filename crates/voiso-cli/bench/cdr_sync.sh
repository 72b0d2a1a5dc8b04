#!/usr/bin/env bash
# `voiso cdrs sync` into SQLite and into PostgreSQL against `voiso cdrs export`
# to NDJSON of the same window, in one run against one fresh voiso-mock: time,
# peak RSS and requests of each; then a daily rerun over the synced rows with
# 1,000 calls started in between (its requests and time, and the records its
# lookback rereads). Release binaries first:
#   cargo build --release -p voiso-cli -p voiso-mock --bins
# usage: bash crates/voiso-cli/bench/cdr_sync.sh CDRS LATENCY_MS PARALLEL WORKDIR
# PostgreSQL: a private server in WORKDIR (Debian's postgresql package; run as
# the postgres user when we are root), stopped at the end.
set -euo pipefail
cdrs="$1"; latency="$2"; parallel="$3"; work="$4"
bin="${CARGO_TARGET_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)/target}/release"
mkdir -p "$work"; work="$(cd "$work" && pwd)"
coproc MOCK { exec "$bin/voiso-mock" --addr 127.0.0.1:0 --cdrs "$cdrs" --latency-ms "$latency"; }
read -r line <&"${MOCK[0]}"; url="${line#listening on }"
export VOISO_BASE_URL="$url" VOISO_API_KEY=demo-key
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  kill "$MOCK_PID" 2>/dev/null || true
  [ -d "$work/pg/data" ] && as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
since=$(date -u -d '-40 days' +%Y-%m-%dT%H:%M:%SZ); until=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
requests() { curl -s "$url/_mock/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])'; }

# One timed run: LABEL, then the voiso arguments.
timed() {
  local label="$1"; shift
  local before; before=$(requests)
  local start; start=$(date +%s.%N)
  /usr/bin/time -f "%U s user, %S s sys, %M KiB" "$bin/voiso" "$@" >"$work/$label.out" 2>"$work/$label.err"
  local end; end=$(date +%s.%N)
  local secs; secs=$(echo "$end - $start" | bc)
  echo "$secs" >"$work/$label.secs"
  echo "$label: ${secs} s, CPU and peak: $(tail -1 "$work/$label.err"), requests $(( $(requests) - before )); $(grep -o 'done: [0-9]* records' "$work/$label.err" || true)"
}

rm -rf "$work/cdrs.db"* "$work/pg"
timed export cdrs export --since "$since" --until "$until" --parallel "$parallel" --out "$work/cdrs.ndjson"
echo "  $(wc -l <"$work/cdrs.ndjson") lines"
timed sqlite cdrs sync --into "sqlite:$work/cdrs.db" --since "$since" --parallel "$parallel"
echo "  sqlite/export: $(echo "scale=3; $(cat "$work/sqlite.secs") / $(cat "$work/export.secs")" | bc)x"

if [ -n "$pgbin" ]; then
  mkdir -p "$work/pg"; [ "$(id -u)" = 0 ] && chown postgres: "$work/pg"
  as_pg "$pgbin/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as_pg "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $work/pg" start >/dev/null
  timed postgres cdrs sync --into "postgresql://postgres@127.0.0.1:$port/postgres" --since "$since" --parallel "$parallel"
  echo "  postgres/export: $(echo "scale=3; $(cat "$work/postgres.secs") / $(cat "$work/export.secs")" | bc)x"
else
  echo "postgres: SKIPPED (no /usr/lib/postgresql/*/bin)"
fi

# The daily rerun: 1,000 calls started since, then sync again.
agent=$(curl -s "$url/_mock/state" | python3 -c 'import json,sys; print([a["user_id"] for a in json.load(sys.stdin)["agents"] if a["available"]][0])')
seq 1000 | xargs -P 16 -I{} curl -s -o /dev/null -X POST "$url/api/v4/voice/calls" \
  -H "Authorization: Bearer demo-key" -H 'Content-Type: application/json' \
  -d "{\"user_id\":\"$agent\",\"phone_number\":\"4915112345678\"}"
timed rerun cdrs sync --into "sqlite:$work/cdrs.db" --parallel "$parallel"
echo "  rows: $(python3 -c "import sqlite3; print(sqlite3.connect('$work/cdrs.db').execute('select count(*) from voiso_cdrs').fetchone()[0])") (expected $((cdrs + 1000)))"
