//! The real `voiso` binary against a real `voiso-mock` on 127.0.0.1.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use voiso_mock::{ApiKey, MockConfig, MockServer, SCOPE_MANAGE, SCOPE_READ};

/// A fixed clock for the mock's data, so outputs can be snapshotted.
const ANCHOR: &str = "2026-03-15T12:00:00Z";

fn config(failures: usize) -> MockConfig {
    MockConfig::default()
        .seed(7)
        .failures(failures)
        .anchor(ANCHOR.parse().unwrap())
        // Deliveries stay pending for the whole test: a second retrigger of
        // any ID would be a 409, never a second success.
        .delivery(Duration::from_secs(3600), 1.0)
}

/// The binary with a clean environment pointing at `server`.
fn voiso(server: &MockServer, key: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_voiso"));
    cmd.env_clear()
        .env("VOISO_BASE_URL", server.base_url())
        .env("VOISO_API_KEY", key)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null());
    cmd
}

fn bare_voiso() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_voiso"));
    cmd.env_clear().stdin(Stdio::null());
    cmd
}

async fn run(mut cmd: Command) -> Output {
    tokio::task::spawn_blocking(move || cmd.output().expect("the voiso binary runs"))
        .await
        .unwrap()
}

/// A file-name-safe snapshot name for a command line.
fn snapshot_name(kind: &str, args: &[impl AsRef<str>]) -> String {
    let words: Vec<String> = args
        .iter()
        .map(|a| {
            a.as_ref()
                .trim_start_matches('-')
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect()
        })
        .collect();
    format!("{kind}__{}", words.join("_"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn inactive_ids(server: &MockServer) -> BTreeSet<String> {
    server
        .failures()
        .into_iter()
        .filter(|f| f.status == voiso_mock::STATUS_INACTIVE)
        .map(|f| f.id.to_string())
        .collect()
}

/// Every ID in `expected` was retriggered exactly once, and nothing else was.
fn assert_each_retriggered_once(server: &MockServer, expected: &BTreeSet<String>) {
    let counts = server.retrigger_counts();
    let twice: Vec<_> = counts.iter().filter(|(_, n)| **n != 1).collect();
    assert!(twice.is_empty(), "retriggered more than once: {twice:?}");
    let got: BTreeSet<String> = counts.keys().cloned().collect();
    assert_eq!(
        &got, expected,
        "retriggered set differs from the inactive set"
    );
}

#[test]
fn help_texts() {
    for args in [
        &["--help"][..],
        &["failures", "--help"],
        &["failures", "list", "--help"],
        &["failures", "retrigger", "--help"],
        &["webhooks", "--help"],
        &["mock", "--help"],
    ] {
        let out = bare_voiso().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        insta::assert_snapshot!(snapshot_name("help", args), text(&out.stdout));
    }
}

#[test]
fn usage_errors_exit_2_with_a_clear_message() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["failures", "list", "--output", "xml"],
            "invalid value 'xml'",
        ),
        (&["failures", "retrigger"], "required"),
        (
            &["failures", "retrigger", "--all", "abc"],
            "cannot be used with",
        ),
        (
            &["failures", "retrigger", "x", "--concurrency", "0"],
            "concurrency",
        ),
        (&["frobnicate"], "unrecognized subcommand"),
    ];
    for (args, needle) in cases {
        let out = bare_voiso().args(*args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(
            text(&out.stderr).contains(needle),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn missing_configuration_names_the_variables() {
    for args in [&["failures", "list"][..], &["webhooks", "get", "x"]] {
        let out = bare_voiso().args(args).output().unwrap();
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        for var in ["VOISO_API_KEY", "VOISO_CLUSTER_ID", "VOISO_BASE_URL"] {
            assert!(err.contains(var), "{var} missing from: {err}");
        }
    }
    let out = bare_voiso()
        .args(["failures", "list"])
        .env("VOISO_API_KEY", "k")
        .env("VOISO_BASE_URL", "http://example.com")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("in clear"),
        "{}",
        text(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_time_formats_exit_2() {
    let server = MockServer::start(config(5)).await.unwrap();
    for (flag, value) in [
        ("--since", "yesterday"),
        ("--until", "2026-02-30T00:00:00Z"),
    ] {
        let mut cmd = voiso(&server, "demo-key");
        cmd.args(["failures", "list", flag, value]);
        let out = run(cmd).await;
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains(flag) && text(&out.stderr).contains("RFC 3339"));
    }
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_read_command_and_output_format() {
    let server = MockServer::start(config(12)).await.unwrap();
    let first = server.failures()[0].id.to_string();
    let webhook = server.webhooks()[0].id.to_string();
    let commands: Vec<Vec<String>> = vec![
        vec!["failures", "list", "--output", "table"],
        vec!["failures", "list", "--output", "json", "--max", "2"],
        vec![
            "failures", "list", "--output", "ndjson", "--status", "pending",
        ],
        vec![
            "failures",
            "list",
            "--since",
            "2026-03-10T00:00:00Z",
            "--until",
            ANCHOR,
            "--output",
            "ndjson",
        ],
        vec!["failures", "get", &first, "--output", "json"],
        vec!["failures", "get", &first, "--output", "table"],
        vec!["webhooks", "list", "--output", "table"],
        vec!["webhooks", "list", "--output", "ndjson"],
        vec!["webhooks", "get", &webhook, "--output", "json"],
        vec!["webhooks", "get", &webhook, "--output", "table"],
    ]
    .into_iter()
    .map(|args| args.into_iter().map(String::from).collect())
    .collect();
    for args in commands {
        let mut cmd = voiso(&server, "demo-key");
        cmd.args(&args);
        let out = run(cmd).await;
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        insta::assert_snapshot!(snapshot_name("out", &args), text(&out.stdout));
    }
    // Not a terminal: JSON by default, which parses.
    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "list"]);
    let out = run(cmd).await;
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON by default");
    assert_eq!(listed.as_array().map(Vec::len), Some(12));

    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "get", "does-not-exist"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("not found"),
        "{}",
        text(&out.stderr)
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_key_gets_403_naming_the_missing_scope() {
    let reader = ApiKey::new("reader", [SCOPE_READ]).unwrap();
    let server = MockServer::start(config(5).keys([reader])).await.unwrap();
    let id = server.failures()[0].id.to_string();
    let mut cmd = voiso(&server, "reader");
    cmd.args(["failures", "retrigger", &id]);
    let out = run(cmd).await;
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(3), "{all}");
    assert!(all.contains(SCOPE_MANAGE), "{all}");
    assert!(server.retrigger_counts().is_empty());

    let mut cmd = voiso(&server, "wrong-key");
    cmd.args(["failures", "list"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("wrong-key"), "the key leaked");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dry_run_sends_no_post() {
    let server = MockServer::start(config(30)).await.unwrap();
    let expected = inactive_ids(&server);
    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "retrigger", "--all", "--dry-run"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for id in &expected {
        assert!(
            stdout.contains(&format!("would retrigger {id}")),
            "{stdout}"
        );
    }
    assert!(
        server.retrigger_counts().is_empty(),
        "a dry run sent a POST"
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulk_retrigger_under_rate_limit_and_faults_retriggers_each_once() {
    let server = MockServer::start(config(150).rate_limit(40).fault_rate(0.05))
        .await
        .unwrap();
    let expected = inactive_ids(&server);
    assert!(expected.len() > 50, "the data set needs inactive failures");
    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "retrigger", "--all", "--concurrency", "8"]);
    let out = run(cmd).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains(&format!(
            "summary: {} retriggered, 0 already pending, 0 not found, 0 failed",
            expected.len()
        )),
        "{stdout}"
    );
    assert_each_retriggered_once(&server, &expected);

    // A second run finds nothing inactive, and changes nothing.
    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "retrigger", "--all"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("summary: 0 retriggered"));
    assert_each_retriggered_once(&server, &expected);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn explicit_ids_report_each_outcome() {
    let server = MockServer::start(config(20)).await.unwrap();
    let failures = server.failures();
    let inactive = failures
        .iter()
        .find(|f| f.status == voiso_mock::STATUS_INACTIVE)
        .unwrap();
    let pending = failures
        .iter()
        .find(|f| f.status == voiso_mock::STATUS_PENDING)
        .unwrap();
    let mut cmd = voiso(&server, "demo-key");
    // One at a time, so the plain per-ID lines come in a fixed order.
    cmd.args(["failures", "retrigger", "--concurrency", "1"])
        .args([
            inactive.id.to_string(),
            pending.id.to_string(),
            "nope".into(),
        ]);
    let out = run(cmd).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    insta::assert_snapshot!("out__retrigger_explicit_ids", stdout);

    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "retrigger", "ok", ".."]);
    let out = run(cmd).await;
    assert_eq!(
        out.status.code(),
        Some(2),
        "an invalid ID is refused before anything is sent"
    );
    server.shutdown().await;
}

fn journal_lines(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .map(|t| t.lines().count())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_run_resumes_from_its_journal_and_retriggers_each_once() {
    let server = MockServer::start(config(200).rate_limit(40)).await.unwrap();
    let expected = inactive_ids(&server);
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ndjson");
    // Explicit IDs, so the rerun sees the same list and must use the journal
    // (with --all, the server's own state would hide what was done).
    let args = |cmd: &mut Command| {
        cmd.args(["failures", "retrigger", "--concurrency", "4", "--journal"])
            .arg(&journal)
            .args(&expected);
    };

    let mut cmd = voiso(&server, "demo-key");
    args(&mut cmd);
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while journal_lines(&journal) < expected.len() / 3 {
        assert!(
            std::time::Instant::now() < deadline,
            "the first run made no progress"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();
    let done_before = journal_lines(&journal);
    assert!(
        done_before < expected.len(),
        "killed too late to prove anything"
    );

    let mut cmd = voiso(&server, "demo-key");
    args(&mut cmd);
    let out = run(cmd).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("already done according to the journal"),
        "{stdout}"
    );
    assert_each_retriggered_once(&server, &expected);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_stops_cleanly_with_a_consistent_journal() {
    let server = MockServer::start(config(200).rate_limit(40)).await.unwrap();
    let expected = inactive_ids(&server);
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ndjson");
    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "retrigger", "--concurrency", "4", "--journal"])
        .arg(&journal)
        .args(&expected)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = cmd.spawn().unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while journal_lines(&journal) < expected.len() / 4 {
        assert!(
            std::time::Instant::now() < deadline,
            "the run made no progress"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let interrupt = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupt.success());
    let out = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
        .await
        .unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(130),
        "{stdout}{}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stderr).contains("interrupted"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        stdout.contains("not started; rerun the same command"),
        "{stdout}"
    );

    // Every retrigger the server accepted is in the journal: nothing in
    // flight was lost, and nothing was started after the interrupt.
    let journaled: BTreeSet<String> = std::fs::read_to_string(&journal)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .filter(|entry| entry["outcome"] == "retriggered")
        .map(|entry| entry["id"].as_str().unwrap().to_string())
        .collect();
    let accepted: BTreeSet<String> = server.retrigger_counts().into_keys().collect();
    assert_eq!(journaled, accepted);
    assert!(
        accepted.len() < expected.len(),
        "interrupted too late to prove anything"
    );

    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "retrigger", "--concurrency", "4", "--journal"])
        .arg(&journal)
        .args(&expected);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert_each_retriggered_once(&server, &expected);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_stdout_never_loses_an_outcome() {
    // `voiso failures retrigger --all --journal j | head -2`
    let server = MockServer::start(config(120).rate_limit(100))
        .await
        .unwrap();
    let expected = inactive_ids(&server);
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ndjson");
    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "retrigger", "--all", "--journal"])
        .arg(&journal)
        .stdout(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut reader = std::io::BufReader::new(child.stdout.take().unwrap());
    for _ in 0..2 {
        std::io::BufRead::read_line(&mut reader, &mut String::new()).unwrap();
    }
    drop(reader);
    let status = tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
    assert_eq!(status.code(), Some(0));
    // The run went on to the end, and journaled every outcome.
    assert_each_retriggered_once(&server, &expected);
    assert_eq!(journal_lines(&journal), expected.len());
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mistyped_status_is_a_usage_error() {
    let server = MockServer::start(config(5)).await.unwrap();
    for args in [
        &["failures", "retrigger", "--all", "--status", "inactiv"][..],
        &["failures", "list", "--status", "Inactive"],
    ] {
        let mut cmd = voiso(&server, "demo-key");
        cmd.args(args);
        let out = run(cmd).await;
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains("is not a status"),
            "{}",
            text(&out.stderr)
        );
    }
    assert!(server.retrigger_counts().is_empty());
    server.shutdown().await;
}

#[test]
fn demo_runs_with_no_configuration() {
    let out = bare_voiso().arg("demo").output().unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("0 failed"), "{stdout}");
    assert!(stdout.contains("retriggered exactly once."), "{stdout}");
}

#[test]
fn mock_subcommand_prints_its_address_first() {
    let mut child = bare_voiso()
        .args(["mock", "--addr", "127.0.0.1:0", "--failures", "3"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut first,
    )
    .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        first.starts_with("listening on http://127.0.0.1:"),
        "{first:?}"
    );
}
