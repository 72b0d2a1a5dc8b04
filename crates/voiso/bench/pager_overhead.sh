#!/usr/bin/env bash
# Instructions per listed item (callgrind) of the generic offset pager against
# the webhook-failure pager it replaced (commit 405dccb, the last commit
# before it), both streaming webhook failures from the same local server.
#
# Usage: bash crates/voiso/bench/pager_overhead.sh   (needs valgrind; builds
# the old revision in a temporary worktree, ~5 min on 2 cores the first time)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
old_rev="${OLD_REV:-405dccbe60a5e7d83454319919b8755e0862554a}"
old_tree="${TMPDIR:-/tmp}/voiso-pager-old"
old_target="${TMPDIR:-/tmp}/voiso-pager-old-target"

bench_bin() { # dir target -> path of the built client bench
  # Both revisions with the release profile of today's workspace (the old
  # one predates it), so the instruction counts compare like for like.
  (cd "$1" && CARGO_TARGET_DIR="$2" CARGO_PROFILE_BENCH_LTO=fat CARGO_PROFILE_BENCH_CODEGEN_UNITS=1 \
    cargo bench --locked -p voiso --bench client --no-run 2>&1 |
    sed -n 's/.*Executable.*(\(.*\)).*/\1/p' | tail -1)
}

[ -d "$old_tree" ] || git -C "$root" worktree add --detach "$old_tree" "$old_rev" >/dev/null
new_bin="$(bench_bin "$root" "${CARGO_TARGET_DIR:-$root/target}")"
old_bin="$(bench_bin "$old_tree" "$old_target")"
case "$new_bin" in /*) ;; *) new_bin="$root/$new_bin" ;; esac
case "$old_bin" in /*) ;; *) old_bin="$old_tree/$old_bin" ;; esac

instructions() { # bin url -> instruction count of one `stream` run
  local out; out="$(mktemp)"
  valgrind --tool=callgrind --callgrind-out-file="$out" "$1" stream "$2" 1 >/dev/null 2>&1
  sed -n 's/^\(summary\|totals\): \([0-9]*\).*/\2/p' "$out" | head -1
  rm -f "$out"
}

small=1000; large=11000
coproc S1 { exec "$new_bin" serve "$small" 0; }; read -r url_small <&"${S1[0]}"
coproc S2 { exec "$new_bin" serve "$large" 0; }; read -r url_large <&"${S2[0]}"
trap 'kill $S1_PID $S2_PID 2>/dev/null || true' EXIT

for which in old new; do
  bin_var="${which}_bin"; bin="${!bin_var}"
  a=$(instructions "$bin" "$url_small"); b=$(instructions "$bin" "$url_large")
  per=$(( (b - a) / (large - small) ))
  echo "$which: $per instructions per item ($a for $small items, $b for $large)"
  eval "${which}_per=$per"
done
python3 -c "print(f'ratio new/old: {${new_per}/${old_per}:.3f}')"
