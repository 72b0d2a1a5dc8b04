#!/usr/bin/env python3
"""Bulk retrigger of 1,000 failures with the real `voiso` binary against the
real `voiso-mock` binary, rate limited to 50 requests/s (ideal: 20 s): without
faults, with 5% injected faults, and with 5% faults plus 5% lost replies (the
mock acts, then resets, answers a gateway page or stalls 2 s). Prints wall time
against the ideal, the 429s the client provoked, and checks every ID was
retriggered exactly once.

Usage: python3 crates/voiso-cli/bench/bulk_retrigger.py   (builds release binaries first)
"""
import json
import os
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
IDS = 1000
RATE = 50
CONCURRENCY = os.environ.get("CONCURRENCY", "8")


def build():
    subprocess.run(
        ["cargo", "build", "--quiet", "--release", "--locked", "-p", "voiso-cli", "-p", "voiso-mock", "--bins"],
        cwd=ROOT, check=True,
    )
    return os.path.join(TARGET, "release", "voiso"), os.path.join(TARGET, "release", "voiso-mock")


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def one_run(voiso, mock, fault_rate, lost_reply_rate=0.0):
    server = subprocess.Popen(
        [mock, "--addr", "127.0.0.1:0", "--failures", "1400", "--seed", "11",
         "--rate-limit", str(RATE), "--fault-rate", str(fault_rate),
         "--lost-reply-rate", str(lost_reply_rate),
         # Deliveries stay pending: a second retrigger could only be a 409.
         "--delivery-delay-ms", "3600000"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        base = server.stdout.readline().strip().removeprefix("listening on ")
        env = dict(os.environ, VOISO_BASE_URL=base, VOISO_API_KEY="demo-key", NO_COLOR="1")
        listed = subprocess.run(
            [voiso, "failures", "list", "--status", "inactive", "--output", "ndjson"],
            env=env, check=True, capture_output=True, text=True,
        ).stdout.splitlines()
        ids = [json.loads(line)["id"] for line in listed][:IDS]
        assert len(ids) == IDS, f"only {len(ids)} inactive failures"
        time.sleep(1.5)  # let the listing's tokens refill: time the retrigger alone
        before = fetch(base + "/_mock/stats")
        started = time.monotonic()
        run = subprocess.run(
            [voiso, "failures", "retrigger", "--concurrency", CONCURRENCY, *ids],
            env=env, capture_output=True, text=True,
        )
        wall = time.monotonic() - started
        after = fetch(base + "/_mock/stats")
        counts = fetch(base + "/_mock/retriggers")
    finally:
        server.terminate()
        server.wait()
    summary = [l for l in run.stdout.splitlines() if l.startswith("summary:")]
    requests = after["requests"] - before["requests"]
    limited = after["rate_limited"] - before["rate_limited"]
    faults = after["faults"] - before["faults"]
    lost = after.get("lost_replies", 0) - before.get("lost_replies", 0)
    once = sum(1 for i in ids if counts.get(i) == 1)
    ideal = IDS / RATE
    print(f"fault rate {fault_rate}, lost replies {lost_reply_rate}: {wall:.2f} s (ideal {ideal:.0f} s, ratio {wall / ideal:.3f}); "
          f"exit {run.returncode}; {summary[0] if summary else 'no summary'}")
    print(f"  requests {requests}, 429s {limited} ({100 * limited / max(requests, 1):.1f}%), "
          f"injected faults {faults}, lost replies {lost}; retriggered exactly once: {once}/{IDS}, "
          f"more than once: {sum(1 for n in counts.values() if n > 1)}")
    return run.returncode == 0 and once == IDS


def main():
    voiso, mock = build()
    ok = all([
        one_run(voiso, mock, 0),
        one_run(voiso, mock, 0.05),
        one_run(voiso, mock, 0.05, 0.05),
    ])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
