#!/usr/bin/env bash
# getWebhookFailure throughput of voiso-mock against a minimal axum server
# (voiso-mock-baseline) answering a constant body of the same size, both
# loaded by wrk on loopback in the same run. Prints requests per second and
# p99 latency of each, and the ratio mock / baseline (goal: >= 0.7).
#
#   crates/voiso-mock/benches/compare.sh
#
# Environment: DURATION (wrk -d, default 10s), CONNECTIONS (default 32),
# THREADS (wrk -t, default 1), ROUNDS (default 3; the medians are reported),
# WARMUP (default 2s). Needs wrk (`apt-get install -y wrk`).
set -euo pipefail
cd "$(dirname "$0")/../../.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-2s}"
KEY=bench-key
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
cargo build --quiet --release -p voiso-mock --bins
bin="$CARGO_TARGET_DIR/release"

workdir="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$workdir"
}
trap cleanup EXIT

# start NAME COMMAND...: runs it in the background (in this shell, so that
# the exit trap knows its pid).
start() {
  local name="$1"; shift
  "$@" >"$workdir/$name.out" 2>"$workdir/$name.err" &
  pids+=("$!")
}

# url_of NAME: waits for NAME's `listening on URL` line and prints the URL.
url_of() {
  local line
  for _ in $(seq 1 100); do
    line="$(head -n 1 "$workdir/$1.out" 2>/dev/null || true)"
    if [[ "$line" == "listening on http://"* ]]; then
      echo "${line#listening on }"
      return
    fi
    sleep 0.1
  done
  echo "$1 did not start: $(cat "$workdir/$1.err")" >&2
  exit 1
}

start mock "$bin/voiso-mock" --addr 127.0.0.1:0 --key "$KEY:tasks.webhooks.read"
mock_url="$(url_of mock)"
id="$(curl -fsS -H "Authorization: Bearer $KEY" "$mock_url/api/v4/tasks/webhook_failures?limit=1" \
  | sed -n 's/.*"id":"\([0-9a-f]\{24\}\)".*/\1/p')"
[ -n "$id" ] || { echo "no failure ID from the mock" >&2; exit 1; }
path="/api/v4/tasks/webhook_failures/$id"
bytes="$(curl -fsS -H "Authorization: Bearer $KEY" "$mock_url$path" | wc -c)"
start baseline "$bin/voiso-mock-baseline" --addr 127.0.0.1:0 --bytes "$bytes"
base_url="$(url_of baseline)"
[ "$(curl -fsS "$base_url$path" | wc -c)" -eq "$bytes" ] || { echo "baseline body size differs" >&2; exit 1; }

# load URL DURATION: prints "RPS P99_MS".
load() {
  local out
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -H "Authorization: Bearer $KEY" "$1")"
  if grep -q "Non-2xx" <<<"$out"; then
    echo "non-2xx answers under load:" >&2; echo "$out" >&2; exit 1
  fi
  awk '
    function ms(v) {
      if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
      if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
      if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
      return v
    }
    /^ +99%/ { p99 = ms($2) }
    /^Requests\/sec:/ { rps = $2 }
    END { printf "%.0f %.3f\n", rps, p99 }
  ' <<<"$out"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "getWebhookFailure: $bytes-byte body; wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds, $(nproc) cores"
load "$mock_url$path" "$WARMUP" >/dev/null
load "$base_url$path" "$WARMUP" >/dev/null
: >"$workdir/mock.rows"; : >"$workdir/base.rows"
for round in $(seq 1 "$ROUNDS"); do
  # Assignments, not process substitution: a failed load must stop the script.
  row="$(load "$mock_url$path" "$DURATION")"
  read -r m_rps m_p99 <<<"$row"
  row="$(load "$base_url$path" "$DURATION")"
  read -r b_rps b_p99 <<<"$row"
  echo "$m_rps $m_p99" >>"$workdir/mock.rows"
  echo "$b_rps $b_p99" >>"$workdir/base.rows"
  printf 'round %d: voiso-mock %8d req/s p99 %7.3f ms | baseline %8d req/s p99 %7.3f ms\n' \
    "$round" "$m_rps" "$m_p99" "$b_rps" "$b_p99"
done

m_rps="$(cut -d' ' -f1 "$workdir/mock.rows" | median)"
m_p99="$(cut -d' ' -f2 "$workdir/mock.rows" | median)"
b_rps="$(cut -d' ' -f1 "$workdir/base.rows" | median)"
b_p99="$(cut -d' ' -f2 "$workdir/base.rows" | median)"
ratio="$(awk -v m="$m_rps" -v b="$b_rps" 'BEGIN { printf "%.2f", m / b }')"
printf 'median:  voiso-mock %8d req/s p99 %7.3f ms | baseline %8d req/s p99 %7.3f ms\n' \
  "$m_rps" "$m_p99" "$b_rps" "$b_p99"
echo "ratio voiso-mock / baseline: $ratio (goal >= 0.70)"
