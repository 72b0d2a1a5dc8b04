#!/usr/bin/env bash
# Conformance of voiso-mock to openapi/voiso.yaml: schemathesis (PyPI, pinned)
# runs every check against the mock binary with a key holding every scope the
# spec's operations name (`x-voiso-scope`). Exits non-zero on any failure.
# `.ci/run` calls it.
#
# Environment:
#   VOISO_MOCK_BIN     use this binary instead of building one
#   SCHEMATHESIS_SEED  data-generation seed (fixed by default: reproducible CI)
#   SCHEMATHESIS_MAX_EXAMPLES  test cases per operation and phase (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/voiso-ci-target}"
KEY=schemathesis-key

step() { printf '\n==> %s\n' "$*"; }

step "schemathesis $SCHEMATHESIS_VERSION"
# A virtualenv of its own: schemathesis pins many packages that must not
# disturb (or be disturbed by) the other tools CI installs.
venv="${XDG_CACHE_HOME:-$HOME/.cache}/voiso-ci/schemathesis-$SCHEMATHESIS_VERSION"
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -qF "$SCHEMATHESIS_VERSION"; then
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    "schemathesis==$SCHEMATHESIS_VERSION"
fi

if [ -z "${VOISO_MOCK_BIN:-}" ]; then
  step "build voiso-mock"
  cargo build --quiet --locked -p voiso-mock --bin voiso-mock
  VOISO_MOCK_BIN="$CARGO_TARGET_DIR/debug/voiso-mock"
fi

workdir="$(mktemp -d)"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap 'stop_server; rm -rf "$workdir"' EXIT

# Every scope the spec names, so that no operation is refused for its key.
scopes="$(sed -n 's/^ *x-voiso-scope: *\([a-z0-9_.]*\).*/\1/p' openapi/voiso.yaml | sort -u | paste -sd, -)"

step "start voiso-mock"
"$VOISO_MOCK_BIN" --addr 127.0.0.1:0 --key "$KEY:$scopes" \
  >"$workdir/stdout" 2>"$workdir/stderr" &
server_pid=$!

url=""
for _ in $(seq 1 300); do
  line="$(head -n 1 "$workdir/stdout" 2>/dev/null || true)"
  case "$line" in
    "listening on http://"*) url="${line#listening on }"; break ;;
  esac
  if ! kill -0 "$server_pid" 2>/dev/null; then
    break
  fi
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "voiso-mock did not print its address; stderr:" >&2
  cat "$workdir/stderr" >&2
  exit 1
fi
echo "mock at $url"

# Two schema-valid requests are refused by design, and the spec says so in
# prose a schema cannot carry: startCall answers 422 for a user_id that is no
# listed user or an agent who is not Available (a generated UUID never is
# one), and listCdrs answers 400 for an offset past the first 10,000 records
# without a valid cursor.
cat >"$workdir/schemathesis.toml" <<'TOML'
[[operations]]
include-operation-id = "startCall"
checks.positive_data_acceptance.expected-statuses = ["2xx", "401", "403", "404", "409", "422", "429"]

[[operations]]
include-operation-id = "listCdrs"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "403", "404", "409", "429"]
TOML

step "schemathesis run (all checks)"
status=0
spec="$PWD/openapi/voiso.yaml"
# Run from the scratch directory: schemathesis and hypothesis leave caches
# (.schemathesis/, .hypothesis/) in the working directory.
(cd "$workdir" && "$venv/bin/schemathesis" --config-file "$workdir/schemathesis.toml" run "$spec" \
  --url "$url" \
  --header "Authorization: Bearer $KEY" \
  --checks all \
  --seed "${SCHEMATHESIS_SEED:-20260315}" \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-200}" \
  --request-timeout 10 \
  --generation-database none \
  --no-color) || status=$?

if ! kill -0 "$server_pid" 2>/dev/null; then
  echo "voiso-mock exited during the run; stderr:" >&2
  cat "$workdir/stderr" >&2
  status=1
fi
stop_server
exit "$status"
