#!/usr/bin/env bash
# `voiso campaigns leads import` of 100,000 generated leads into a fresh
# voiso-mock's campaign 1, against the documented floor (batches of 1,000,
# 2 s apart: 99 gaps, 198 s), the campaign's lead count afterwards, and the
# import's peak RSS (the file is read twice, never held: it stays flat).
# Release binaries first: cargo build --release -p voiso-cli -p voiso-mock --bins
# usage: bash crates/voiso-cli/bench/lead_import.sh   (ROWS=1000000 for a bigger file)
set -euo pipefail
work="$(mktemp -d)"
python3 -c "
with open('$work/leads.csv','w') as f:
    f.write('phone_number,name,priority,active,source_system,source_url\\n')
    for i in range(${ROWS:-100000}): f.write(f'1555{i:07d},Lead {i},{1+i%1000},true,crm,\\n')
"
bin="${CARGO_TARGET_DIR:-$(cd "$(dirname "$0")/../../.." && pwd)/target}/release"
coproc MOCK { exec "$bin/voiso-mock" --addr 127.0.0.1:0; }
read -r line <&"${MOCK[0]}"; url="${line#listening on }"
trap 'kill $MOCK_PID 2>/dev/null || true' EXIT
start=$(date +%s.%N)
VOISO_BASE_URL="$url" VOISO_API_KEY=demo-key /usr/bin/time -f "peak RSS %M KB" -o $work/rss "$bin/voiso" campaigns leads import 1 --file $work/leads.csv --journal $work/journal.ndjson --report $work/report.ndjson --output json > $work/import.json 2>$work/import.err || true
end=$(date +%s.%N)
curl -s "$url/_mock/state" > $work/state.json
python3 - "$start" "$end" "$work" <<'PY'
import json,sys
s=json.load(open(sys.argv[3]+'/state.json'))
c=[c for c in s['campaigns'] if c['id']==1][0]
wall=float(sys.argv[2])-float(sys.argv[1])
gaps=len(c['imports'])-1
print(f"wall {wall:.2f} s; campaign 1 leads {c['leads']}; imports {len(c['imports'])}; floor {gaps} gaps x 2 s = {2*gaps} s; ratio {wall/max(2*gaps,1):.3f}")
r=json.load(open(sys.argv[3]+'/import.json'))['counts']; print(r)
print(open(sys.argv[3]+'/rss').read().strip())
PY
