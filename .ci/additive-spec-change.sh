#!/usr/bin/env bash
# An additive spec change (an optional property, an operation, a known
# value) must only add lines to the public-API listings: regenerate a copy
# of the workspace from such a spec and check that no listing line goes.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
# The copy builds into the same target directory: only its own crates rebuild.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
export CARGO_INCREMENTAL=0
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT

git ls-files -z | xargs -0 -I{} cp --parents {} "$copy"
cd "$copy"
git init --quiet && git add -A && git -c user.email=ci@localhost -c user.name=ci commit --quiet -m base

python3 - <<'PY'
import re
path = "openapi/voiso.yaml"
spec = open(path).read()
# An optional response property.
spec = spec.replace(
    "      required: [id, event, status, webhook, created_at, updated_at]\n      properties:\n",
    "      required: [id, event, status, webhook, created_at, updated_at]\n      properties:\n"
    "        attempts:\n          type: integer\n          description: Delivery attempts so far.\n",
    1,
)
# A known value.
spec = spec.replace("x-voiso-known-values: [call, conversation, sms, hlr_lookup]",
                    "x-voiso-known-values: [call, conversation, sms, hlr_lookup, fax]", 1)
# An operation.
spec = spec.replace(
    "\npaths:\n",
    "\npaths:\n  /api/v4/routing/teams:\n    get:\n      operationId: listTeams\n"
    "      summary: List teams\n      x-voiso-scope: routing.teams.read\n"
    "      x-voiso-retry: idempotent\n      responses:\n        \"200\":\n"
    "          description: The teams.\n          content:\n            application/json:\n"
    "              schema:\n                type: object\n                additionalProperties: true\n",
    1,
)
open(path, "w").write(spec)
PY
git diff --quiet openapi/voiso.yaml && { echo "the mutation did not apply"; exit 1; }

cargo xtask generate
cargo xtask public-api
cargo xtask changes --base HEAD --spec-only

removed="$(git diff --numstat -- crates/voiso-api/public-api.txt crates/voiso/public-api.txt | awk '{ s += $2 } END { print s + 0 }')"
added="$(git diff --numstat -- crates/voiso-api/public-api.txt crates/voiso/public-api.txt | awk '{ s += $1 } END { print s + 0 }')"
echo "public-API listing lines: $added added, $removed removed"
if [ "$removed" -ne 0 ] || [ "$added" -eq 0 ]; then
  git diff -- crates/voiso-api/public-api.txt crates/voiso/public-api.txt | grep '^-' | head -40
  echo "error: an additive spec change removed or changed public-API lines"
  exit 1
fi
