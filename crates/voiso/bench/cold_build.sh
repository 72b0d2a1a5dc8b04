#!/usr/bin/env bash
# A cold debug build of the smallest service that depends on `voiso`, with
# default features (rustls) and with native-tls: wall time and crate count.
# Usage: bash crates/voiso/bench/cold_build.sh   (run on an idle machine)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

measure() {
  local name="$1" dep="$2"
  local dir="$work/$name"
  mkdir -p "$dir/src"
  cat > "$dir/Cargo.toml" <<TOML
[package]
name = "$name"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
voiso = { path = "$root/crates/voiso"$dep }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }

[workspace]
TOML
  cat > "$dir/src/main.rs" <<'RS'
#[tokio::main]
async fn main() -> Result<(), voiso::Error> {
    let client = voiso::Client::from_env()?;
    let page = client.webhook_failures().list().send().await?;
    println!("{} failures", page.total);
    Ok(())
}
RS
  cp "$root/Cargo.lock" "$dir/Cargo.lock"
  # Fetch first, so the timing is the build alone.
  (cd "$dir" && cargo fetch --quiet)
  local start end crates
  start=$(date +%s.%N)
  crates=$(cd "$dir" && CARGO_TARGET_DIR="$dir/target" cargo build --message-format short -v 2>&1 | grep -c '^ *Running `.*rustc --crate-name' || true)
  end=$(date +%s.%N)
  printf '%-12s %6.1f s  %4d crates compiled\n' "$name" "$(echo "$end - $start" | bc)" "$crates"
}

measure default ""
measure native-tls ', default-features = false, features = ["native-tls"]'
