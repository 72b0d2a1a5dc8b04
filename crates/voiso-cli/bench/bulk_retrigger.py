#!/usr/bin/env python3
"""Bulk retrigger of 1,000 failures named by ID with the real `voiso` binary
against the real `voiso-mock` binary, rate limited to 50 requests/s: without
faults (with and without --journal, in one run), with 5% injected faults, and
with 5% faults plus 5% lost replies (the mock acts, then resets, answers a
gateway page or stalls 2 s). Each ID named without a baseline is read once
before its POST, so the floor is every request that took a rate-limit token
(reads, POSTs, retries, read-backs) over the rate. Prints wall time against
that floor, the 429s the client provoked, and checks every ID was retriggered
exactly once.

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


def one_run(voiso, mock, fault_rate, lost_reply_rate=0.0, journal=False):
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
        extra = []
        if journal:
            journal_path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"bulk-bench-{os.getpid()}.journal")
            if os.path.exists(journal_path):
                os.remove(journal_path)
            extra = ["--journal", journal_path]
        run = subprocess.run(
            [voiso, "failures", "retrigger", "--concurrency", CONCURRENCY, *extra, *ids],
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
    floor = (requests - limited) / RATE
    label = " with --journal" if journal else ""
    print(f"fault rate {fault_rate}, lost replies {lost_reply_rate}{label}: {wall:.2f} s "
          f"(floor {floor:.1f} s for {requests - limited} token-taking requests, ratio {wall / floor:.3f}); "
          f"exit {run.returncode}; {summary[0] if summary else 'no summary'}")
    print(f"  requests {requests}, 429s {limited} ({100 * limited / max(requests, 1):.1f}%), "
          f"injected faults {faults}, lost replies {lost}; retriggered exactly once: {once}/{IDS}, "
          f"more than once: {sum(1 for n in counts.values() if n > 1)}")
    return (run.returncode == 0 and once == IDS), wall


def main():
    voiso, mock = build()
    plain_ok, plain = one_run(voiso, mock, 0)
    journal_ok, journaled = one_run(voiso, mock, 0, journal=True)
    print(f"--journal against none: {journaled / plain:.3f}x")
    ok = all([plain_ok, journal_ok, one_run(voiso, mock, 0.05)[0], one_run(voiso, mock, 0.05, 0.05)[0]])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
