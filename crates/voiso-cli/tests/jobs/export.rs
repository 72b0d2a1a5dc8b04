//! `voiso cdrs export` against the mock (part of the `cli` test binary).

use super::*;

/// A range around all of a fresh mock's CDRs (30 days back from its start),
/// absolute, so that every run of a test exports the same records.
fn whole_range() -> [String; 2] {
    let now = chrono::Utc::now();
    [
        (now - chrono::Duration::days(31)).to_rfc3339(),
        (now + chrono::Duration::hours(1)).to_rfc3339(),
    ]
}

fn cdr_mock(cdrs: u64, latency_ms: u64) -> MockProcess {
    MockProcess::start(
        1,
        &[
            "--cdrs",
            &cdrs.to_string(),
            "--latency-ms",
            &latency_ms.to_string(),
        ],
    )
}

/// `voiso cdrs export` over `range`, with `args`.
fn export(mock: &MockProcess, range: &[String; 2], args: &[&str]) -> Command {
    let mut cmd = mock.voiso();
    cmd.args(["cdrs", "export", "--since", &range[0], "--until", &range[1]])
        .args(args);
    cmd
}

/// Runs `cmd` to exit 0 and returns its stdout.
fn succeed(mut cmd: Command) -> Vec<u8> {
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{cmd:?}\n{}", text(&out.stderr));
    out.stdout
}

fn records(ndjson: &[u8]) -> Vec<serde_json::Value> {
    text(ndjson)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

fn ids(records: &[serde_json::Value]) -> Vec<String> {
    records.iter().map(|r| r["id"].to_string()).collect()
}

/// The partial file an export writes in `dir` until it completes.
fn partial_in(dir: &Path) -> Option<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.to_string_lossy().contains(".partial"))
}

/// How many bytes the partial file in `dir` holds (0 when there is none).
fn partial_size(dir: &Path) -> u64 {
    partial_in(dir).map_or(0, |p| std::fs::metadata(p).map_or(0, |m| m.len()))
}

/// The state a checkpoint holds: its last line.
fn checkpoint_state(path: &Path) -> serde_json::Value {
    let log = text(&std::fs::read(path).unwrap());
    serde_json::from_str(log.lines().last().unwrap()).unwrap()
}

#[test]
fn parallel_exports_equal_the_sequential_one_byte_for_byte() {
    let mock = cdr_mock(20_000, 20);
    let range = whole_range();
    let dir = tempfile::tempdir().unwrap();
    // Sequential, to stdout: nothing but records there.
    let sequential = succeed(export(&mock, &range, &["--parallel", "1"]));
    let all = records(&sequential);
    assert_eq!(all.len(), 20_000);
    let unique: BTreeSet<_> = ids(&all).into_iter().collect();
    assert_eq!(unique.len(), all.len(), "a record was exported twice");
    let starts: Vec<_> = all
        .iter()
        .map(|r| chrono::DateTime::parse_from_rfc3339(r["started_at"].as_str().unwrap()).unwrap())
        .collect();
    assert!(starts.windows(2).all(|w| w[0] >= w[1]), "not newest first");
    for parallel in ["2", "4", "8"] {
        let out = dir.path().join(format!("p{parallel}.ndjson"));
        let stdout = succeed({
            let mut cmd = export(&mock, &range, &["--parallel", parallel, "--out"]);
            cmd.arg(&out);
            cmd
        });
        assert!(stdout.is_empty(), "stdout with --out: {}", text(&stdout));
        assert!(
            std::fs::read(&out).unwrap() == sequential,
            "--parallel {parallel} differs from --parallel 1"
        );
    }
}

#[test]
fn killed_exports_resume_to_the_uninterrupted_file() {
    let mock = cdr_mock(20_000, 100);
    let range = whole_range();
    let dir = tempfile::tempdir().unwrap();
    let reference = succeed(export(&mock, &range, &["--parallel", "4"]));
    let out = dir.path().join("out.ndjson");
    let checkpoint = dir.path().join("export.checkpoint");
    // The output is the same for every --parallel, so a resumed run may
    // use another.
    let resumable = |parallel: &str| {
        let mut cmd = export(&mock, &range, &["--parallel", parallel, "--out"]);
        cmd.arg(&out).arg("--checkpoint").arg(&checkpoint);
        cmd
    };
    // The records go to a partial file until the export completes.
    let size = || partial_size(dir.path());
    let mut kills = Vec::new();
    for (fraction, parallel) in [(0.05, "4"), (0.3, "8"), (0.5, "1"), (0.7, "4"), (0.85, "8")] {
        let target = (reference.len() as f64 * fraction) as u64;
        let mut child = resumable(parallel)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                kills.push(format!("exited {status} before {target} bytes"));
                break;
            }
            if size() >= target {
                child.kill().unwrap(); // SIGKILL: no chance to clean up
                child.wait().unwrap();
                kills.push(format!("killed at {} bytes", size()));
                break;
            }
            assert!(std::time::Instant::now() < deadline, "no progress");
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    assert!(
        kills.iter().filter(|k| k.starts_with("killed")).count() >= 3,
        "killed too late to prove anything: {kills:?}"
    );
    eprintln!("{kills:?}");
    assert!(!out.exists(), "--out before the export completed");
    let stdout = succeed(resumable("4"));
    assert!(stdout.is_empty());
    let resumed = std::fs::read(&out).unwrap();
    assert!(
        resumed == reference,
        "after {kills:?}, the resumed file ({} bytes, {} records) differs from the \
         uninterrupted one ({} bytes)",
        resumed.len(),
        records(&resumed).len(),
        reference.len()
    );
    assert!(partial_in(dir.path()).is_none(), "the partial file stayed");
    // A rerun of a finished export changes nothing.
    succeed(resumable("2"));
    assert!(std::fs::read(&out).unwrap() == reference);
}

#[test]
fn a_checkpoint_of_other_arguments_exits_2_naming_them() {
    let mock = cdr_mock(3_000, 0);
    let range = whole_range();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.ndjson");
    let checkpoint = dir.path().join("export.checkpoint");
    let with = |extra: &[&str], out: &Path| {
        let mut cmd = export(&mock, &range, extra);
        cmd.arg("--out")
            .arg(out)
            .arg("--checkpoint")
            .arg(&checkpoint);
        cmd
    };
    succeed(with(&[], &out));
    let cases: &[(&[&str], &[&str])] = &[
        (&["--type", "sms"], &["--type"]),
        (&["--output", "csv"], &["--output"]),
        (
            &["--type", "call", "--output", "csv"],
            &["--type", "--output"],
        ),
    ];
    for (extra, named) in cases {
        let outcome = with(extra, &out).output().unwrap();
        let err = text(&outcome.stderr);
        assert_eq!(outcome.status.code(), Some(2), "{extra:?}: {err}");
        for flag in *named {
            assert!(err.contains(flag), "{extra:?}: {flag} missing from {err}");
        }
        assert!(
            !err.contains("--since,") && !err.contains("--out,"),
            "{err}"
        );
    }
    let outcome = with(&[], &dir.path().join("other.ndjson"))
        .output()
        .unwrap();
    assert_eq!(outcome.status.code(), Some(2));
    assert!(
        text(&outcome.stderr).contains("--out differs"),
        "{}",
        text(&outcome.stderr)
    );
    let mut cmd = mock.voiso();
    cmd.args([
        "cdrs",
        "export",
        "--since",
        &range[0],
        "--until",
        "2030-01-01T00:00:00Z",
    ])
    .arg("--out")
    .arg(&out)
    .arg("--checkpoint")
    .arg(&checkpoint);
    let outcome = cmd.output().unwrap();
    assert_eq!(outcome.status.code(), Some(2));
    assert!(
        text(&outcome.stderr).contains("--until differs"),
        "{}",
        text(&outcome.stderr)
    );
    // Without --out, a checkpoint has nothing to resume.
    let mut cmd = export(&mock, &range, &["--checkpoint"]);
    cmd.arg(&checkpoint);
    let outcome = cmd.output().unwrap();
    assert_eq!(outcome.status.code(), Some(2));
    assert!(
        text(&outcome.stderr).contains("--out"),
        "{}",
        text(&outcome.stderr)
    );
}

#[test]
fn type_filters_keep_the_order_and_the_count_of_one_type_listings() {
    let mock = cdr_mock(10_000, 0);
    let range = whole_range();
    let all = text(&succeed(export(&mock, &range, &["--parallel", "3"])));
    let lines_of = |types: &[&str]| -> Vec<&str> {
        all.lines()
            .filter(|line| {
                let record: serde_json::Value = serde_json::from_str(line).unwrap();
                types.contains(&record["type"].as_str().unwrap())
            })
            .collect()
    };
    // One type: the API's filter.
    for kind in ["sms", "hlr_lookup"] {
        let got = text(&succeed(export(
            &mock,
            &range,
            &["--type", kind, "--parallel", "4"],
        )));
        let got: Vec<&str> = got.lines().collect();
        assert!(!got.is_empty(), "no {kind}");
        assert_eq!(got, lines_of(&[kind]), "--type {kind}");
    }
    // Several: filtered here, in the same order.
    let got = text(&succeed(export(
        &mock,
        &range,
        &["--type", "sms", "--type", "conversation", "--parallel", "4"],
    )));
    let got: Vec<&str> = got.lines().collect();
    assert_eq!(got, lines_of(&["sms", "conversation"]));
}

#[test]
fn csv_parses_back_with_the_records_of_ndjson() {
    let mock = cdr_mock(5_000, 0);
    let range = whole_range();
    let ndjson = records(&succeed(export(&mock, &range, &["--parallel", "2"])));
    let csv = succeed(export(
        &mock,
        &range,
        &["--output", "csv", "--parallel", "2"],
    ));
    // Python's csv module reads it as RFC 4180 (strict: a stray quote fails).
    let mut python = Command::new("python3")
        .args([
            "-c",
            "import csv, json, sys\n\
             rows = list(csv.reader(sys.stdin, strict=True))\n\
             json.dump(rows, sys.stdout)",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    {
        use std::io::Write;
        let mut stdin = python.stdin.take().unwrap();
        stdin.write_all(&csv).unwrap();
    }
    let parsed = python.wait_with_output().unwrap();
    assert!(parsed.status.success());
    let rows: Vec<Vec<String>> = serde_json::from_slice(&parsed.stdout).unwrap();
    assert_eq!(rows[0], ["id", "type", "started_at", "ended_at", "data"]);
    assert_eq!(rows.len() - 1, ndjson.len());
    for (row, record) in rows[1..].iter().zip(&ndjson) {
        let as_text = |v: &serde_json::Value| match v {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => String::new(),
            other => other.to_string(),
        };
        assert_eq!(row[0], as_text(&record["id"]));
        assert_eq!(row[1], as_text(&record["type"]));
        assert_eq!(row[2], as_text(&record["started_at"]));
        assert_eq!(row[3], as_text(&record["ended_at"]));
        let data: serde_json::Value = serde_json::from_str(&row[4]).unwrap();
        assert_eq!(data, record["data"]);
    }
}

#[test]
fn ctrl_c_exits_130_with_a_checkpoint_that_resumes() {
    let mock = cdr_mock(20_000, 100);
    let range = whole_range();
    let dir = tempfile::tempdir().unwrap();
    let reference = succeed(export(&mock, &range, &["--parallel", "2"]));
    let out = dir.path().join("out.ndjson");
    let checkpoint = dir.path().join("export.checkpoint");
    let resumable = || {
        let mut cmd = export(&mock, &range, &["--parallel", "2", "--out"]);
        cmd.arg(&out).arg("--checkpoint").arg(&checkpoint);
        cmd
    };
    let child = resumable()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while partial_size(dir.path()) < reference.len() as u64 / 4 {
        assert!(std::time::Instant::now() < deadline, "no progress");
        std::thread::sleep(Duration::from_millis(5));
    }
    // SAFETY: kill(2) on our own child, not reaped yet.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    let outcome = child.wait_with_output().unwrap();
    let err = text(&outcome.stderr);
    assert_eq!(outcome.status.code(), Some(130), "{err}");
    assert!(
        err.contains("interrupted") && err.contains("resume"),
        "{err}"
    );
    assert!(outcome.stdout.is_empty());
    let saved = checkpoint_state(&checkpoint);
    assert_eq!(
        saved["bytes"].as_u64(),
        Some(partial_size(dir.path())),
        "everything written is in the checkpoint"
    );
    assert!(!out.exists(), "--out before the export completed");
    succeed(resumable());
    assert!(std::fs::read(&out).unwrap() == reference);
}

/// The mock's CDRs, every one once, whatever order the pages came in.
fn assert_each_once(records: &[serde_json::Value], count: usize) {
    let mut ids = ids(records);
    assert_eq!(ids.len(), count);
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "a record was written twice");
}

#[test]
fn records_out_of_order_are_read_by_cursor_each_once() {
    let mock = MockProcess::start(
        1,
        &[
            "--cdrs",
            "30000",
            "--latency-ms",
            "5",
            "--cdr-disorder",
            "0.5",
        ],
    );
    let range = whole_range();
    let out = export(&mock, &range, &["--parallel", "8"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_each_once(&records(&out.stdout), 30_000);
    assert!(
        text(&out.stderr).contains("not newest first"),
        "{}",
        text(&out.stderr)
    );
    let sequential = succeed(export(&mock, &range, &["--parallel", "1"]));
    assert!(sequential == out.stdout, "the order depends on --parallel");
}

#[test]
fn pages_without_a_total_are_read_by_cursor() {
    let range = whole_range();
    let plain = succeed(export(&cdr_mock(5_000, 0), &range, &[]));
    let mock = MockProcess::start(1, &["--cdrs", "5000", "--cdr-no-total"]);
    let out = export(&mock, &range, &[]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("metadata.total"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout == plain, "not the records of a mock with totals");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_added_while_exporting_are_never_doubled() {
    const CDRS: usize = 30_000;
    let mock = cdr_mock(CDRS as u64, 20);
    let user = mock.agents(true).await.remove(0);
    // Calls start on top of the range while it is read, changing every
    // page's offset and the totals the export checks.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut callers = Vec::new();
    for _ in 0..4 {
        let (url, user, stop) = (mock.base_url.clone(), user.clone(), stop.clone());
        callers.push(tokio::spawn(async move {
            let http = reqwest::Client::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let body = serde_json::json!({"user_id": user, "phone_number": PHONE});
                let sent = http
                    .post(format!("{url}/api/v4/voice/calls"))
                    .bearer_auth("demo-key")
                    .json(&body)
                    .send()
                    .await;
                assert!(sent.unwrap().status().is_success());
            }
        }));
    }
    let range = whole_range();
    let cmd = export(&mock, &range, &["--parallel", "8"]);
    let out = tokio::task::spawn_blocking(move || {
        let mut cmd = cmd;
        cmd.output().unwrap()
    })
    .await
    .unwrap();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for caller in callers {
        caller.await.unwrap();
    }
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let started: std::collections::BTreeSet<String> = mock
        .calls()
        .await
        .iter()
        .map(|c| c["id"].to_string())
        .collect();
    assert!(started.len() >= 10, "only {} calls started", started.len());
    let written = records(&out.stdout);
    let (calls, computed): (Vec<_>, Vec<_>) = written
        .into_iter()
        .partition(|r| started.contains(&r["id"].to_string()));
    assert_each_once(&computed, CDRS);
    let count = calls.len();
    assert_each_once(&calls, count);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_lost_answers_and_429_change_nothing_in_the_file() {
    let range = whole_range();
    let plain = succeed(export(&cdr_mock(60_000, 0), &range, &[]));
    let mock = MockProcess::start(
        1,
        &[
            "--cdrs",
            "60000",
            "--rate-limit",
            "15",
            "--fault-rate",
            "0.1",
            "--lost-reply-rate",
            "0.1",
            "--lost-reply-stall-ms",
            "200",
        ],
    );
    let out = run(export(&mock, &range, &["--parallel", "8"])).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        out.stdout == plain,
        "the file differs from a fault-free export"
    );
    let stats = mock.stats().await;
    for what in ["faults", "rate_limited", "lost_replies"] {
        assert!(stats[what].as_u64() > Some(0), "no {what}: {stats}");
    }
}

#[test]
fn a_probe_refused_past_the_end_is_asked_from_the_top() {
    let range = whole_range();
    let plain = succeed(export(&cdr_mock(25_000, 0), &range, &[]));
    let mock = MockProcess::start(1, &["--cdrs", "25000", "--cdr-refuse-offset-past-end"]);
    assert!(succeed(export(&mock, &range, &["--parallel", "8"])) == plain);
}

#[test]
fn a_checkpoint_whose_cursor_is_refused_stops_and_writes_nothing_twice() {
    let mock = cdr_mock(3_000, 0);
    let range = whole_range();
    let dir = tempfile::tempdir().unwrap();
    let (out, checkpoint) = (dir.path().join("out.ndjson"), dir.path().join("ckpt"));
    let run_it = || {
        let mut cmd = export(&mock, &range, &[]);
        cmd.arg("--out")
            .arg(&out)
            .arg("--checkpoint")
            .arg(&checkpoint);
        cmd.output().unwrap()
    };
    assert_eq!(run_it().status.code(), Some(0));
    let full = std::fs::read(&out).unwrap();
    // As if the export stopped inside its block and the cursor expired:
    // the checkpoint is a log, its last line the state.
    let mut saved = checkpoint_state(&checkpoint);
    let since = saved["job"]["since"].clone();
    saved["current"] = serde_json::json!({
        "query_since": since, "query_until": saved["job"]["until"],
        "keep_since": since, "cursor": "expired"
    });
    saved["rest_until"] = since;
    let partial = std::path::PathBuf::from(saved["partial"].as_str().unwrap());
    std::fs::copy(&out, &partial).unwrap();
    let mut log = std::fs::read(&checkpoint).unwrap();
    log.extend(format!("{saved}\n").bytes());
    std::fs::write(&checkpoint, log).unwrap();
    let again = run_it();
    assert_eq!(again.status.code(), Some(1), "{}", text(&again.stderr));
    assert!(
        text(&again.stderr).contains("refused a cursor"),
        "{}",
        text(&again.stderr)
    );
    assert!(std::fs::read(&partial).unwrap() == full, "records appended");
    assert!(std::fs::read(&out).unwrap() == full, "records appended");
}

/// A page of `limit` of the mock's CDR list over `[since, until)`, raw.
async fn cdr_page(
    mock: &MockProcess,
    range: &[String; 2],
    limit: &str,
    cursor: Option<&str>,
) -> serde_json::Value {
    let mut query = vec![
        ("started_at[gte]", range[0].as_str()),
        ("started_at[lt]", range[1].as_str()),
        ("limit", limit),
    ];
    if let Some(cursor) = cursor {
        query.push(("cursor", cursor));
    }
    reqwest::Client::new()
        .get(format!("{}/api/v4/reporting/cdrs", mock.base_url))
        .bearer_auth("demo-key")
        .query(&query)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// A window that saw records out of order reads on to its last page; after
/// a crash, its checkpoint says so, or the resumed window would stop at the
/// first record below its bound and lose the newer one listed after it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resumed_window_that_saw_disorder_reads_to_its_end() {
    // Records 1998 and 1999 on are listed with neighbours swapped.
    let mock = MockProcess::start(1, &["--cdrs", "5000", "--cdr-disorder", "0.60041"]);
    let range = whole_range();
    let dir = tempfile::tempdir().unwrap();
    let (out, checkpoint) = (dir.path().join("out.ndjson"), dir.path().join("ckpt"));
    let resume = || {
        let mut cmd = export(&mock, &range, &[]);
        cmd.arg("--out")
            .arg(&out)
            .arg("--checkpoint")
            .arg(&checkpoint);
        cmd
    };
    assert_eq!(run(resume()).await.status.code(), Some(0));
    let mut listed = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page = cdr_page(&mock, &range, "1000", cursor.as_deref()).await;
        listed.extend(page["cdrs"].as_array().unwrap().iter().cloned());
        cursor = page["metadata"]["next_cursor"].as_str().map(String::from);
        if cursor.is_none() {
            break;
        }
    }
    let started = |r: &serde_json::Value| {
        let at = r["started_at"].as_str().unwrap();
        at.parse::<chrono::DateTime<chrono::Utc>>().unwrap()
    };
    // The window resumes at record 999, so its first page ends with record
    // 1999, listed before 1998, below a bound set at record 1998.
    let page = cdr_page(&mock, &range, "999", None).await;
    let at_999 = page["metadata"]["next_cursor"].as_str().unwrap().to_owned();
    let bound = started(&listed[1999]);
    assert!(started(&listed[1998]) < bound && started(&listed[1997]) >= bound);
    // A version 1 checkpoint (one line, rewritten in place; the output
    // written to --out itself) still resumes.
    let mut saved = checkpoint_state(&checkpoint);
    saved["version"] = 1.into();
    saved.as_object_mut().unwrap().remove("partial");
    saved["bytes"] = 0.into();
    saved["records"] = 0.into();
    saved["current"] = serde_json::json!({
        "query_since": saved["job"]["since"], "query_until": saved["job"]["until"],
        "keep_since": bound, "cursor": at_999, "ordered": false
    });
    saved["rest_until"] = serde_json::json!(bound);
    std::fs::write(&checkpoint, saved.to_string()).unwrap();
    let again = run(resume()).await;
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    let written = records(&std::fs::read(&out).unwrap());
    let mut expected: Vec<String> = ids(&listed)
        .into_iter()
        .zip(&listed)
        .enumerate()
        .filter(|(i, (_, r))| started(r) < bound || *i >= 999)
        .map(|(_, (id, _))| id)
        .collect();
    let mut got = ids(&written);
    assert_eq!(got.len(), expected.len(), "records lost or doubled");
    got.sort_unstable();
    expected.sort_unstable();
    assert!(got == expected, "not the records after the checkpoint");
}

/// Waits until `child`'s export has written into its partial file in
/// `dir` (so that it holds its checkpoint and has begun), or fails.
fn wait_for_records(child: &mut std::process::Child, dir: &Path) {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while partial_size(dir) == 0 {
        assert!(child.try_wait().unwrap().is_none(), "the export ended");
        assert!(std::time::Instant::now() < deadline, "no progress");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// `metadata.total` is an inferred field; `next_cursor` is documented.
/// A total capped below the records (as search engines cap counts) must
/// not end the export while the cursor goes on.
#[test]
fn a_total_capped_below_the_cursors_reach_loses_nothing() {
    let range = whole_range();
    // The last block's final page by the total: full, or holding more
    // than the total leaves; and a probe past the total, read by cursor.
    for (cdrs, cap) in [("5000", "3000"), ("5000", "2500"), ("30000", "3000")] {
        let plain = succeed(export(
            &cdr_mock(cdrs.parse().unwrap(), 0),
            &range,
            &["--parallel", "4"],
        ));
        let mock = MockProcess::start(1, &["--cdrs", cdrs, "--cdr-total-cap", cap]);
        let out = export(&mock, &range, &["--parallel", "4"])
            .output()
            .unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{cdrs} capped at {cap}: {err}");
        assert_each_once(&records(&out.stdout), cdrs.parse().unwrap());
        assert!(
            out.stdout == plain,
            "{cdrs} capped at {cap}: not the records of a mock without a cap"
        );
        assert!(
            err.contains("metadata.total") && err.contains("the cursor wins"),
            "{cdrs} capped at {cap}: no warning: {err}"
        );
    }
}

/// The records go to a partial file beside `--out` until the export
/// completes: a failed run (here the server goes away mid-export) leaves
/// yesterday's file as it was, byte for byte.
#[test]
fn a_failed_export_leaves_an_existing_out_byte_for_byte() {
    let range = whole_range();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.ndjson");
    let before = b"{\"yesterday\":true}\n".repeat(10_000);
    for checkpoint in [None, Some(dir.path().join("ckpt"))] {
        std::fs::write(&out, &before).unwrap();
        let mut mock = cdr_mock(30_000, 50);
        let mut cmd = mock.voiso();
        cmd.args(["--timeout", "2", "cdrs", "export", "--since", &range[0]])
            .args(["--until", &range[1], "--parallel", "1", "--out"])
            .arg(&out);
        if let Some(checkpoint) = &checkpoint {
            cmd.arg("--checkpoint").arg(checkpoint);
        }
        let mut child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        wait_for_records(&mut child, dir.path());
        mock.child.kill().unwrap();
        mock.child.wait().unwrap();
        let outcome = child.wait_with_output().unwrap();
        let err = text(&outcome.stderr);
        assert_eq!(outcome.status.code(), Some(1), "{err}");
        assert!(
            std::fs::read(&out).unwrap() == before,
            "the failed export changed {}: {err}",
            out.display()
        );
        match &checkpoint {
            // Nothing resumes it: gone.
            None => assert!(partial_in(dir.path()).is_none(), "{err}"),
            // What a rerun resumes, as the checkpoint says.
            Some(checkpoint) => assert_eq!(
                checkpoint_state(checkpoint)["bytes"].as_u64(),
                Some(partial_size(dir.path())),
                "{err}"
            ),
        }
    }
}

#[test]
fn a_second_export_on_a_held_checkpoint_exits_2() {
    let mock = cdr_mock(20_000, 100);
    let range = whole_range();
    let dir = tempfile::tempdir().unwrap();
    let checkpoint = dir.path().join("ckpt");
    let with = |out: &str| {
        let mut cmd = export(&mock, &range, &["--parallel", "1", "--out"]);
        cmd.arg(dir.path().join(out))
            .arg("--checkpoint")
            .arg(&checkpoint);
        cmd
    };
    let mut first = with("out.ndjson")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_records(&mut first, dir.path());
    let second = with("out.ndjson").output().unwrap();
    let err = text(&second.stderr);
    assert_eq!(second.status.code(), Some(2), "{err}");
    assert!(err.contains("another run holds the checkpoint"), "{err}");
    // The first goes on unharmed.
    let first = first.wait_with_output().unwrap();
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let written = records(&std::fs::read(dir.path().join("out.ndjson")).unwrap());
    assert_each_once(&written, 20_000);
}

/// A daily cron job reusing its checkpoint: `--since 24h` a day later is
/// another window, which a completed checkpoint does not cover; the same
/// absolute window is already done.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_completed_checkpoint_refuses_a_moved_window_and_keeps_its_own() {
    let mock = cdr_mock(3_000, 0);
    let dir = tempfile::tempdir().unwrap();
    let (out, checkpoint) = (dir.path().join("out.ndjson"), dir.path().join("ckpt"));
    let relative = || {
        let mut cmd = mock.voiso();
        cmd.args(["cdrs", "export", "--since", "40d", "--out"])
            .arg(&out)
            .arg("--checkpoint")
            .arg(&checkpoint);
        cmd
    };
    let first = run(relative()).await;
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    let exported = std::fs::read(&out).unwrap();
    assert_each_once(&records(&exported), 3_000);
    let requests = mock.stats().await["requests"].clone();
    // The same words, a moment later: another window.
    let again = run(relative()).await;
    let err = text(&again.stderr);
    assert_eq!(again.status.code(), Some(2), "{err}");
    assert!(err.contains("completed the export of"), "{err}");
    assert!(std::fs::read(&out).unwrap() == exported);

    // The same absolute window: nothing to do, nothing asked, nothing
    // written.
    let range = whole_range();
    let (out, checkpoint) = (dir.path().join("abs.ndjson"), dir.path().join("abs.ckpt"));
    let absolute = || {
        let mut cmd = export(&mock, &range, &["--out"]);
        cmd.arg(&out).arg("--checkpoint").arg(&checkpoint);
        cmd
    };
    assert_eq!(run(absolute()).await.status.code(), Some(0));
    let exported = std::fs::read(&out).unwrap();
    let modified = std::fs::metadata(&out).unwrap().modified().unwrap();
    let requests_before = mock.stats().await["requests"].clone();
    assert_ne!(requests_before, requests);
    let again = run(absolute()).await;
    let err = text(&again.stderr);
    assert_eq!(again.status.code(), Some(0), "{err}");
    assert!(err.contains("already complete"), "{err}");
    assert!(std::fs::read(&out).unwrap() == exported);
    assert_eq!(
        std::fs::metadata(&out).unwrap().modified().unwrap(),
        modified
    );
    assert_eq!(mock.stats().await["requests"], requests_before);
    // A crash after the checkpoint completed and before its partial file
    // took --out's place: the rerun finishes the move, asking nothing.
    let partial = checkpoint_state(&checkpoint)["partial"]
        .as_str()
        .unwrap()
        .to_owned();
    std::fs::rename(&out, &partial).unwrap();
    let again = run(absolute()).await;
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    assert!(std::fs::read(&out).unwrap() == exported);
    assert!(!Path::new(&partial).exists());
    assert_eq!(mock.stats().await["requests"], requests_before);
}
