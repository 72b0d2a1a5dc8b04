#!/usr/bin/env bash
# Clean debug build time of voiso-api with each TLS backend, one after the
# other in fresh target directories. Run it on an otherwise idle machine.
# Usage: bash xtask/bench/build-tls.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo fetch --locked --quiet
for backend in rustls native-tls; do
  dir=$(mktemp -d)
  flags=(--no-default-features --features "$backend")
  start=$(date +%s.%N)
  CARGO_TARGET_DIR="$dir" cargo build --quiet --locked --package voiso-api "${flags[@]}"
  end=$(date +%s.%N)
  printf '%-10s clean build of voiso-api: %.0f s\n' "$backend" "$(echo "$end - $start" | bc)"
  rm -rf "$dir"
done
