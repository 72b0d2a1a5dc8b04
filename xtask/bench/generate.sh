#!/usr/bin/env bash
# Times `cargo xtask generate` against openapi-generator-cli generating a Rust
# client from the same spec, in one run, and prints the ratio.
# Usage: bash xtask/bench/generate.sh   (from anywhere; installs what it needs)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
command -v openapi-generator-cli >/dev/null || python3 -m pip install --quiet 'openapi-generator-cli==7.26.0'
command -v java >/dev/null || { echo "openapi-generator-cli needs java" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build --quiet --package xtask   # "once built": compile time is not what we time
xtask_bin="${CARGO_TARGET_DIR:-target}/debug/xtask"

hyperfine --warmup 2 --runs 15 --export-json "$out/times.json" \
  -n 'cargo xtask generate' "cargo xtask generate --out $out/generated.rs" \
  -n 'xtask binary alone' "$xtask_bin generate --out $out/generated.rs" \
  -n 'openapi-generator-cli (rust)' "openapi-generator-cli generate -i openapi/voiso.yaml -g rust -o $out/og --skip-validate-spec >/dev/null"

python3 - "$out/times.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
og = r["openapi-generator-cli (rust)"]["median"]
for name in ("cargo xtask generate", "xtask binary alone"):
    m = r[name]["median"]
    print(f"{name}: median {m*1000:.0f} ms; openapi-generator-cli median {og*1000:.0f} ms; "
          f"speed-up {og/m:.1f}x")
PY
