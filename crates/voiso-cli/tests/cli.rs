//! The real `voiso` binary against a real `voiso-mock` on 127.0.0.1.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use voiso_mock::{ApiKey, MockConfig, MockServer, SCOPE_MANAGE, SCOPE_READ};

// The long jobs, each in its own file of this one test binary.
#[path = "commands/api.rs"]
mod api;
#[path = "jobs/export.rs"]
mod export;
#[path = "jobs/import.rs"]
mod import;
#[path = "jobs/listen.rs"]
mod listen;
#[path = "jobs/sync.rs"]
mod sync;
// The command as people type it: messages, output, profiles, lead files.
#[path = "usability/leads.rs"]
mod leads;
#[path = "usability/messages.rs"]
mod messages;
#[path = "usability/output.rs"]
mod output;
#[path = "usability/profiles.rs"]
mod profiles;

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
        &["webhooks", "listen", "--help"],
        &["mock", "--help"],
        &["users", "list", "--help"],
        &["queues", "--help"],
        &["canned-messages", "list", "--help"],
        &["campaigns", "--help"],
        &["campaigns", "list", "--help"],
        &["campaigns", "pause", "--help"],
        &["calls", "start", "--help"],
        &["cdrs", "export", "--help"],
        &["campaigns", "leads", "import", "--help"],
        &["queues", "get", "--help"],
        &["webhooks", "get", "--help"],
        &["auth", "status", "--help"],
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
        (&["--timeout", "0", "failures", "list"], "--timeout"),
        (&["failures", "list", "--timeout", "soon"], "not a duration"),
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
        ("--since", "last tuesday"),
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

/// The long jobs' reports on fixed data: the import's summary (table,
/// then JSON on a rerun that finds every lead already there) and the
/// export's progress lines (one per page here) and closing line.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn job_reports() {
    let server = MockServer::start(config(1)).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("leads.csv");
    std::fs::write(
        &file,
        "phone_number,name,priority,X-Crm-Id\n\
         493000000001,Ann,5,a1\n\
         +49 30 1,Bob,,b\n\
         493000000002,Cy,1001,c\n\
         493000000003,Dee,,d\n\
         12345,Short,,e\n",
    )
    .unwrap();
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(&regex::escape(&dir.path().display().to_string()), "[DIR]");
    settings.add_filter(r"\d+ records/s", "[RATE] records/s");
    settings.add_filter(r"in \d+\.\ds", "in [TIME]s");
    let _guard = settings.bind_to_scope();
    let import = |output: &str| {
        let mut cmd = voiso(&server, "demo-key");
        cmd.args(["campaigns", "leads", "import", "7", "--file"])
            .arg(&file)
            .args(["--output", output]);
        cmd
    };
    let out = run(import("table")).await;
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    insta::assert_snapshot!("out__leads_import_table", text(&out.stdout));
    let out = run(import("json")).await;
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    insta::assert_snapshot!("out__leads_import_again_json", text(&out.stdout));

    let mut cmd = voiso(&server, "demo-key");
    cmd.env("VOISO_PROGRESS_INTERVAL_MS", "0")
        .args(["cdrs", "export", "--since", "2026-03-01T00:00:00Z"])
        .args(["--until", ANCHOR, "--out"])
        .arg(dir.path().join("cdrs.ndjson"));
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "records or reports on stdout");
    insta::assert_snapshot!("err__cdrs_export_progress", text(&out.stderr));
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
        vec!["users", "list", "--output", "table", "--max", "5"],
        vec!["queues", "get", "1", "--output", "table"],
        vec!["queues", "users", "1", "--output", "ndjson", "--max", "2"],
        vec!["canned-messages", "list", "--output", "table"],
        vec!["campaigns", "list", "--output", "table"],
        vec!["campaigns", "get", "3", "--output", "json"],
        vec![
            "cdrs",
            "export",
            "--since",
            "2026-03-15T10:00:00Z",
            "--until",
            "2026-03-15T11:00:00Z",
            "--output",
            "csv",
        ],
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
    // The operator named an ID Voiso does not know: a mistake to report.
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    insta::assert_snapshot!("out__retrigger_explicit_ids", stdout);

    // So is it on a rerun with a journal: a 404 did nothing, and is asked
    // again. IDs that exist (already pending here) exit 0.
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ndjson");
    for _ in 0..2 {
        let mut cmd = voiso(&server, "demo-key");
        cmd.args(["failures", "retrigger", "nope", "--journal"])
            .arg(&journal);
        let out = run(cmd).await;
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        assert!(
            stdout.contains("not found nope") && stdout.contains("1 not found"),
            "{stdout}"
        );
    }
    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "retrigger"])
        .arg(pending.id.to_string());
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));

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

/// The journal's complete records (a line being written is not one yet).
fn journal_records(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

/// How many outcomes the journal holds (its `sending` records aside).
fn journal_outcomes(path: &Path) -> usize {
    journal_records(path)
        .iter()
        .filter(|r| r["outcome"] != "sending")
        .count()
}

/// IDs whose last record is `sending`: in flight when the run died.
fn in_flight(path: &Path) -> BTreeSet<String> {
    let mut last = std::collections::BTreeMap::new();
    for record in journal_records(path) {
        if let Some(id) = record["id"].as_str() {
            last.insert(id.to_string(), record["outcome"] == "sending");
        }
    }
    last.into_iter()
        .filter(|(_, s)| *s)
        .map(|(id, _)| id)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_run_resumes_from_its_journal_and_retriggers_each_once() {
    // Deliveries fail again 300 ms after each retrigger: a blind second POST
    // on resume would succeed, not meet a 409.
    let server = MockServer::start(
        config(200)
            .rate_limit(40)
            .delivery(Duration::from_millis(300), 0.0),
    )
    .await
    .unwrap();
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
    while journal_outcomes(&journal) < expected.len() / 3 {
        assert!(
            std::time::Instant::now() < deadline,
            "the first run made no progress"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();
    let done_before = journal_outcomes(&journal);
    assert!(
        done_before < expected.len(),
        "killed too late to prove anything"
    );
    // Let the retriggers in flight at the kill fail again, so that the
    // rerun finds them inactive, as if never sent.
    tokio::time::sleep(Duration::from_millis(600)).await;

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
    while journal_outcomes(&journal) < expected.len() / 4 {
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
    let journaled: BTreeSet<String> = journal_records(&journal)
        .into_iter()
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
    assert_eq!(journal_outcomes(&journal), expected.len());
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
    assert!(
        stdout.contains("200 of 200 (none missed, none twice)"),
        "{stdout}"
    );
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

// ---------------------------------------------------------------------------
// Exactly once when the server acts and its answer is lost.

/// A `voiso mock` child process; killed when dropped.
struct MockProcess {
    child: std::process::Child,
    base_url: String,
}

impl MockProcess {
    fn start(failures: usize, flags: &[&str]) -> Self {
        let failures = failures.to_string();
        Self::spawn(&["--seed", "11", "--failures", &failures], flags)
    }

    /// `voiso mock` on a free port with `args` then `flags`.
    fn spawn(args: &[&str], flags: &[&str]) -> Self {
        let mut child = bare_voiso()
            .args(["mock", "--addr", "127.0.0.1:0"])
            .args(args)
            .args(flags)
            .stdout(Stdio::piped())
            .spawn()
            .expect("voiso mock starts");
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
        // Whatever it prints later must never block it.
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
        let base_url = first
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
            .to_string();
        Self { child, base_url }
    }

    fn voiso(&self) -> Command {
        let mut cmd = bare_voiso();
        cmd.env("VOISO_BASE_URL", &self.base_url)
            .env("VOISO_API_KEY", "demo-key")
            .env("NO_COLOR", "1");
        cmd
    }

    /// `GET /_mock/PATH` (the mock's own endpoints, never faulted), as JSON.
    async fn mock_json<T: serde::de::DeserializeOwned>(&self, path: &str) -> T {
        reqwest::get(format!("{}/_mock/{path}", self.base_url))
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// `GET /_mock/retriggers`: successful retriggers per failure ID.
    async fn retriggers(&self) -> std::collections::BTreeMap<String, u64> {
        self.mock_json("retriggers").await
    }

    async fn stats(&self) -> serde_json::Value {
        self.mock_json("stats").await
    }

    /// The inactive failures now, read with patience (replies get lost).
    async fn inactive_ids(&self) -> BTreeSet<String> {
        use futures::TryStreamExt;
        let client = voiso::Client::builder()
            .base_url(&self.base_url)
            .api_key("demo-key")
            .retry_policy(voiso::RetryPolicy::default().with_max_attempts(30))
            .build()
            .unwrap();
        let failures: Vec<voiso::WebhookFailure> = client
            .webhook_failures()
            .list()
            .stream()
            .try_collect()
            .await
            .unwrap();
        failures
            .into_iter()
            .filter(|f| f.status == voiso::WebhookFailureStatus::Inactive)
            .map(|f| f.id.to_string())
            .collect()
    }

    /// Every ID in `expected` was retriggered exactly once, and nothing else.
    async fn assert_each_once(&self, expected: &BTreeSet<String>) {
        let counts = self.retriggers().await;
        let wrong: Vec<_> = expected
            .iter()
            .map(|id| (id, counts.get(id).copied().unwrap_or(0)))
            .filter(|(_, n)| *n != 1)
            .collect();
        assert!(wrong.is_empty(), "not retriggered exactly once: {wrong:?}");
        let extra: Vec<_> = counts.keys().filter(|id| !expected.contains(*id)).collect();
        assert!(
            extra.is_empty(),
            "retriggered but never inactive: {extra:?}"
        );
    }
}

impl Drop for MockProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Lost replies (a fifth of them; a stall is 300 ms), and deliveries that
/// fail again 300 ms after each retrigger.
const LOSSY: &[&str] = &[
    "--lost-reply-rate",
    "0.2",
    "--lost-reply-stall-ms",
    "300",
    "--delivery-delay-ms",
    "300",
    "--delivery-success",
    "0",
];

/// `retrigger --all` with a journal, from `mock`.
fn retrigger_all(mock: &MockProcess, journal: &Path) -> Command {
    let mut cmd = mock.voiso();
    cmd.args(["--timeout", "10s", "failures", "retrigger", "--all"])
        .args(["--concurrency", "8", "--journal"])
        .arg(journal);
    cmd
}

/// Runs `retrigger --all` to the end. A run may fail only while listing,
/// before it sends anything (a fifth of all replies are lost, the listing's
/// too): then it is run again.
async fn retrigger_all_to_the_end(mock: &MockProcess, journal: &Path) -> String {
    for _ in 0..3 {
        let out = run(retrigger_all(mock, journal)).await;
        let stdout = text(&out.stdout);
        if out.status.code() == Some(0) {
            return stdout;
        }
        assert!(
            !stdout.contains("summary:") && out.status.code() == Some(1),
            "{:?}\n{stdout}{}",
            out.status,
            text(&out.stderr)
        );
        eprintln!("listing failed, run again: {}", text(&out.stderr).trim());
    }
    panic!("three runs failed to list");
}

async fn lossy_run_retriggers_each_once(flags: &[&str]) {
    let mock = MockProcess::start(300, &[LOSSY, flags].concat());
    let expected = mock.inactive_ids().await;
    assert!(expected.len() > 100, "{}", expected.len());
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ndjson");
    let stdout = retrigger_all_to_the_end(&mock, &journal).await;
    mock.assert_each_once(&expected).await;
    let lost = mock.stats().await["lost_replies"].as_u64().unwrap();
    assert!(lost > 20, "only {lost} replies were lost");
    assert!(
        stdout.contains(&format!("summary: {} retriggered", expected.len())),
        "{stdout}"
    );
    // Some retriggers were only known by reading after a lost answer, by
    // which time their delivery had failed again.
    assert!(
        stdout.contains("retriggered (delivery failed again) ")
            && stdout.contains("of them failed again)"),
        "{stdout}"
    );
    // Every ID has its intent and its certain outcome in the journal.
    let records = journal_records(&journal);
    for id in &expected {
        let mine: Vec<_> = records.iter().filter(|r| r["id"] == id.as_str()).collect();
        assert_eq!(mine.first().map(|r| &r["outcome"]), Some(&"sending".into()));
        let last = mine.last().unwrap();
        assert!(
            last["outcome"] == "retriggered" && last["certain"] == true,
            "{mine:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lost_replies_and_refailing_deliveries_retrigger_each_once() {
    lossy_run_retriggers_each_once(&[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lost_replies_under_a_rate_limit_retrigger_each_once() {
    lossy_run_retriggers_each_once(&["--rate-limit", "30"]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_runs_with_lost_replies_resume_and_retrigger_each_once() {
    let mock = MockProcess::start(300, &[LOSSY, &["--rate-limit", "40"]].concat());
    let expected = mock.inactive_ids().await;
    let total = expected.len();
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ndjson");
    let mut kills = Vec::new();
    let mut said = Vec::new();
    for percent in [10, 50, 90] {
        let stdout_path = dir.path().join(format!("stdout-{percent}"));
        let mut child = retrigger_all(&mock, &journal)
            .stdout(std::fs::File::create(&stdout_path).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        let exited = loop {
            if journal_outcomes(&journal) * 100 >= total * percent {
                break false;
            }
            if child.try_wait().unwrap().is_some() {
                break true;
            }
            assert!(std::time::Instant::now() < deadline, "no progress");
            tokio::time::sleep(Duration::from_millis(5)).await;
        };
        child.kill().unwrap(); // SIGKILL: no chance to clean up
        child.wait().unwrap();
        let flying = in_flight(&journal).len();
        kills.push(format!(
            "{percent}%: {} outcomes, {flying} in flight{}",
            journal_outcomes(&journal),
            if exited { " (had exited)" } else { "" }
        ));
        said.push(std::fs::read_to_string(&stdout_path).unwrap());
        // What was in flight goes through and fails again meanwhile: the
        // resumed run lists it as inactive, as if it had never been sent.
        tokio::time::sleep(Duration::from_millis(600)).await;
    }
    let resumed = retrigger_all_to_the_end(&mock, &journal).await;
    said.push(resumed.clone());
    let maybe: Vec<_> = said
        .iter()
        .map(|stdout| {
            stdout
                .lines()
                .find(|l| l.contains("may have been sent by an earlier run"))
                .and_then(|l| l.split(' ').next())
                .unwrap_or("0")
                .to_string()
        })
        .collect();
    let lost = mock.stats().await["lost_replies"].clone();
    eprintln!(
        "{total} inactive IDs; killed at {kills:?}; then resumed to exit 0; \
         maybe-sent IDs read first per run: {maybe:?}; {lost} replies lost"
    );
    mock.assert_each_once(&expected).await;
    assert!(
        maybe.iter().any(|n| n != "0"),
        "no run resumed an ID that may have been sent: {maybe:?}"
    );
    assert!(
        resumed.contains("already done according to the journal"),
        "{resumed}"
    );
    assert!(
        kills.iter().filter(|k| !k.contains("exited")).count() >= 2,
        "killed too late to prove anything: {kills:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ids_baseline_comes_from_the_journal_not_the_new_listing() {
    // A run died right after sending one ID: its `sending` record is all
    // the journal has. The retrigger went through and failed again, so the
    // listing shows it inactive with a newer updated_at.
    let server = MockServer::start(config(20).delivery(Duration::from_millis(100), 0.0))
        .await
        .unwrap();
    let failure = server
        .failures()
        .into_iter()
        .find(|f| f.status == voiso_mock::STATUS_INACTIVE)
        .unwrap();
    let id = failure.id.to_string();
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ndjson");
    let sending = serde_json::json!({
        "id": id,
        "outcome": "sending",
        "sent_at": chrono::Utc::now(),
        "baseline": failure.updated_at,
    });
    std::fs::write(&journal, format!("{sending}\n")).unwrap();
    let client = voiso::Client::builder()
        .base_url(server.base_url())
        .api_key("demo-key")
        .build()
        .unwrap();
    client.webhook_failures().retrigger(&*id).await.unwrap();
    tokio::time::sleep(Duration::from_millis(400)).await;
    let now = client.webhook_failures().get(&*id).await.unwrap();
    assert_eq!(now.status, voiso::WebhookFailureStatus::Inactive);

    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "retrigger", "--all", "--journal"])
        .arg(&journal);
    let out = run(cmd).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("1 failure may have been sent"), "{stdout}");
    assert!(
        stdout.contains(&format!("retriggered (delivery failed again) {id}")),
        "{stdout}"
    );
    assert_eq!(server.retrigger_counts().get(&id), Some(&1), "sent twice");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_journal_resumes() {
    // Deliveries stay pending: a second retrigger would be a 409 here, so
    // only the mock's count tells a blind POST.
    let server = MockServer::start(config(40)).await.unwrap();
    let inactive: Vec<String> = inactive_ids(&server).into_iter().take(5).collect();
    let [done, lost, unsent, pending, fresh] = &inactive[..] else {
        panic!("too few inactive failures")
    };
    let client = voiso::Client::builder()
        .base_url(server.base_url())
        .api_key("demo-key")
        .build()
        .unwrap();
    for id in [done, lost] {
        client.webhook_failures().retrigger(&**id).await.unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ndjson");
    // Written by an earlier version: outcomes only, no intent, no `certain`.
    std::fs::write(
        &journal,
        format!(
            concat!(
                "{{\"id\":\"{done}\",\"outcome\":\"retriggered\"}}\n",
                "{{\"id\":\"{lost}\",\"outcome\":\"failed\",\"error\":\"timed out\"}}\n",
                "{{\"id\":\"{unsent}\",\"outcome\":\"failed\",\"error\":\"could not connect\"}}\n",
                "{{\"id\":\"{pending}\",\"outcome\":\"already_pending\"}}\n",
            ),
            done = done,
            lost = lost,
            unsent = unsent,
            pending = pending,
        ),
    )
    .unwrap();
    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "retrigger", "--concurrency", "1", "--journal"])
        .arg(&journal)
        .args([done, lost, unsent, pending, fresh]);
    let out = run(cmd).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("2 failures already done according to the journal"),
        "{stdout}"
    );
    assert!(stdout.contains("2 failures may have been sent"), "{stdout}");
    assert!(stdout.contains("summary: 3 retriggered"), "{stdout}");
    let counts = server.retrigger_counts();
    for id in [done, lost, unsent, fresh] {
        assert_eq!(counts.get(id), Some(&1), "{id}: {counts:?}");
    }
    assert_eq!(counts.get(pending), None);
    // The journal goes on in the new format.
    let records = journal_records(&journal);
    assert!(
        records
            .iter()
            .any(|r| r["id"] == fresh.as_str() && r["outcome"] == "sending"),
        "{records:?}"
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_run_on_a_held_journal_exits_2() {
    // Slow answers keep the first run going while the second starts.
    let server = MockServer::start(config(60).latency(Duration::from_millis(100)))
        .await
        .unwrap();
    let expected = inactive_ids(&server);
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ndjson");
    let mut first = voiso(&server, "demo-key");
    first
        .args(["failures", "retrigger", "--concurrency", "1", "--journal"])
        .arg(&journal)
        .args(&expected)
        .stdout(Stdio::null());
    let first = first.spawn().unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while journal_outcomes(&journal) < 2 {
        assert!(std::time::Instant::now() < deadline, "no progress");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let mut second = voiso(&server, "demo-key");
    second
        .args(["failures", "retrigger", "--all", "--journal"])
        .arg(&journal);
    let out = run(second).await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("another run holds the journal") && stderr.contains("locked"),
        "{stderr}"
    );
    let status = tokio::task::spawn_blocking(move || first.wait_with_output().unwrap())
        .await
        .unwrap()
        .status;
    assert_eq!(status.code(), Some(0));
    assert_each_retriggered_once(&server, &expected);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_stdout_exits_0_quietly_for_every_command() {
    let server = MockServer::start(config(150)).await.unwrap();
    let failure = server.failures()[0].id.to_string();
    let webhook = server.webhooks()[0].id.to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["failures", "get", &failure, "--output", "json"],
        vec!["failures", "get", &failure, "--output", "ndjson"],
        vec!["failures", "get", &failure, "--output", "table"],
        vec!["failures", "get", &failure],
        vec!["webhooks", "get", &webhook, "--output", "json"],
        vec!["webhooks", "get", &webhook, "--output", "table"],
        vec!["failures", "list", "--output", "json"],
        vec!["failures", "list", "--output", "table"],
        vec!["webhooks", "list", "--output", "ndjson"],
        vec!["failures", "retrigger", "--all", "--dry-run"],
        vec!["users", "list", "--output", "table"],
        vec!["users", "list"],
        vec!["queues", "get", "1", "--output", "json"],
        vec!["queues", "users", "1", "--output", "ndjson"],
        vec!["canned-messages", "list", "--output", "table"],
        vec!["campaigns", "list", "--output", "json"],
        vec!["campaigns", "get", "1", "--output", "table"],
        vec!["--help"],
    ];
    for args in commands {
        // The reader is gone before the first byte is written.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let mut cmd = voiso(&server, "demo-key");
        cmd.args(&args).stdout(writer);
        let out = run(cmd).await;
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stderr), "", "{args:?}");
    }
    assert!(server.retrigger_counts().is_empty());
    server.shutdown().await;
}

// ---------------------------------------------------------------------------
// A hostile server: huge bodies must cost neither memory nor time.

/// What a hostile server declares and streams: 512 MiB, never held.
const HUGE_BODY: u64 = 512 * 1024 * 1024;

/// A server on 127.0.0.1 answering every request with `status` and a 512 MiB
/// body (a JSON object that never closes), written 64 KiB at a time. With
/// `status` 0 it never answers at all.
async fn hostile_server(status: u16) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 4096];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                if status == 0 {
                    // Hold the connection, say nothing.
                    let _ = socket.read(&mut buf).await;
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                    return;
                }
                let head = format!(
                    "HTTP/1.1 {status} Hostile\r\ncontent-type: application/json\r\n\
                     content-length: {HUGE_BODY}\r\n\r\n"
                );
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let mut chunk = vec![b' '; 64 * 1024];
                chunk[0] = b'{';
                let mut sent = 0;
                while sent < HUGE_BODY {
                    if socket.write_all(&chunk).await.is_err() {
                        return;
                    }
                    chunk[0] = b' ';
                    sent += chunk.len() as u64;
                }
            });
        }
    });
    format!("http://{addr}")
}

struct Measured {
    code: Option<i32>,
    peak_rss_kib: i64,
    elapsed: Duration,
    stdout: String,
    stderr: String,
}

/// Runs `voiso ARGS` against `base_url` to its end and measures its peak
/// resident memory.
///
/// Not from this process: a child's `ru_maxrss` counts what its parent had
/// resident when it was spawned (Linux keeps the old mm's high-water mark
/// across `execve`), and this test process runs servers and other tests.
/// So a fresh copy of this test binary ([`peak_rss_probe`], a few MiB)
/// spawns it and reads its `wait4` usage.
async fn measured(base_url: &str, args: &[&str]) -> Measured {
    let dir = tempfile::tempdir().unwrap();
    let mut probe = Command::new(std::env::current_exe().unwrap());
    probe
        .args(["peak_rss_probe", "--exact", "--ignored", "--quiet"])
        .env_clear()
        .env("VOISO_PROBE_DIR", dir.path())
        .env("VOISO_PROBE_ARGS", serde_json::to_string(args).unwrap())
        .env("VOISO_BASE_URL", base_url)
        .stdin(Stdio::null());
    let out = run(probe).await;
    assert!(
        out.status.success(),
        "the probe failed: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap();
    let result: serde_json::Value = serde_json::from_str(&read("result")).unwrap();
    Measured {
        code: result["code"].as_i64().map(|c| c as i32),
        peak_rss_kib: result["peak_rss_kib"].as_i64().unwrap(),
        elapsed: Duration::from_millis(result["elapsed_ms"].as_u64().unwrap()),
        stdout: read("stdout"),
        stderr: read("stderr"),
    }
}

/// Not a test: the far side of [`measured`], run in a fresh copy of this
/// binary. Without `VOISO_PROBE_DIR` it does nothing.
#[test]
#[ignore = "run by huge_bodies_cost_neither_memory_nor_time"]
fn peak_rss_probe() {
    let Some(dir) = std::env::var_os("VOISO_PROBE_DIR").map(std::path::PathBuf::from) else {
        return;
    };
    let args: Vec<String> =
        serde_json::from_str(&std::env::var("VOISO_PROBE_ARGS").unwrap()).unwrap();
    let mut cmd = bare_voiso();
    cmd.env("VOISO_BASE_URL", std::env::var("VOISO_BASE_URL").unwrap())
        .env("VOISO_API_KEY", "demo-key")
        .args(&args)
        .stdout(std::fs::File::create(dir.join("stdout")).unwrap())
        .stderr(std::fs::File::create(dir.join("stderr")).unwrap());
    let started = std::time::Instant::now();
    let child = cmd.spawn().unwrap();
    let pid = child.id() as libc::pid_t;
    let (done, watchdog) = std::sync::mpsc::channel::<()>();
    std::thread::spawn(move || {
        if watchdog.recv_timeout(Duration::from_secs(60)).is_err() {
            // SAFETY: kill(2) on our own child, not reaped yet.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
    });
    let mut status = 0;
    // SAFETY: all-zero is a valid rusage; wait4 gets valid out-pointers.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4: {}", std::io::Error::last_os_error());
    let _ = done.send(());
    // Reaped by wait4; dropping a `Child` neither waits nor kills.
    drop(child);
    let result = serde_json::json!({
        "code": libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
        "peak_rss_kib": usage.ru_maxrss,
        "elapsed_ms": started.elapsed().as_millis() as u64,
    });
    std::fs::write(dir.join("result"), result.to_string()).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_bodies_cost_neither_memory_nor_time() {
    const ID: &str = "0123456789abcdef01234567";
    let cases: &[(u16, &[&str], &[i32], &str)] = &[
        (401, &["failures", "get", ID], &[3], "rejected the API key"),
        (404, &["failures", "get", ID], &[1], "404"),
        (409, &["failures", "get", ID], &[1], "error:"),
        (409, &["failures", "retrigger", ID], &[0, 1], ID),
        (429, &["failures", "get", ID], &[1], "rate limiting"),
        (200, &["failures", "get", ID], &[1], "error:"),
        (200, &["failures", "list"], &[1], "error:"),
    ];
    let mut report = Vec::new();
    for (status, args, codes, says) in cases {
        let base = hostile_server(*status).await;
        let m = measured(&base, &[&["--timeout", "20s"], *args].concat()).await;
        let all = format!("{}{}", m.stdout, m.stderr);
        report.push(format!(
            "{status} {args:?}: exit {:?}, peak {} MiB, {:.1?}",
            m.code,
            m.peak_rss_kib / 1024,
            m.elapsed
        ));
        assert!(
            m.code.is_some_and(|c| codes.contains(&c)),
            "{status} {args:?}: exit {:?}\n{all}",
            m.code
        );
        assert!(!all.contains("panicked"), "{status} {args:?}: {all}");
        assert!(all.contains(says), "{status} {args:?}: {all}");
        assert!(
            m.peak_rss_kib < 64 * 1024,
            "{status} {args:?}: peak RSS {} KiB",
            m.peak_rss_kib
        );
        assert!(
            m.elapsed < Duration::from_secs(20),
            "{status} {args:?}: took {:?}",
            m.elapsed
        );
    }
    let baseline = measured("http://127.0.0.1:9", &["--version"]).await;
    eprintln!(
        "{}\n(voiso --version: peak {} MiB)",
        report.join("\n"),
        baseline.peak_rss_kib / 1024
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timeout_bounds_a_whole_operation() {
    let base = hostile_server(0).await;
    let mut cmd = bare_voiso();
    cmd.env("VOISO_BASE_URL", &base)
        .env("VOISO_API_KEY", "demo-key")
        .args([
            "failures",
            "get",
            "0123456789abcdef01234567",
            "--timeout",
            "1s",
        ]);
    let started = std::time::Instant::now();
    let out = run(cmd).await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("timed out"), "{stderr}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

// ---------------------------------------------------------------------------
// The rest of the API: users, queues, canned messages, campaigns, calls.

impl MockProcess {
    /// `GET /_mock/state`: campaigns, started calls, agents (never lost).
    async fn state(&self) -> serde_json::Value {
        self.mock_json("state").await
    }

    /// The user IDs of agents that are (or are not) available for calls.
    async fn agents(&self, available: bool) -> Vec<String> {
        let state = self.state().await;
        state["agents"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["available"].as_bool() == Some(available))
            .map(|a| a["user_id"].as_str().unwrap().to_string())
            .collect()
    }

    async fn calls(&self) -> Vec<serde_json::Value> {
        self.state().await["calls"].as_array().unwrap().clone()
    }

    /// Runs `voiso ARGS` and returns its exit code, stdout and stderr.
    async fn run(&self, args: &[&str]) -> (Option<i32>, String, String) {
        let mut cmd = self.voiso();
        cmd.args(args);
        let out = run(cmd).await;
        (out.status.code(), text(&out.stdout), text(&out.stderr))
    }

    /// Runs `voiso ARGS`, which must exit 0, and parses its JSON output.
    async fn json(&self, args: &[&str]) -> serde_json::Value {
        let (code, stdout, stderr) = self.run(args).await;
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {stdout}"))
    }
}

fn array(value: &serde_json::Value) -> &Vec<serde_json::Value> {
    value.as_array().expect("a JSON array")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn area_commands_print_json_that_parses_back_and_apply_filters() {
    let mock = MockProcess::start(3, &[]);

    // Users: every page by default (JSON when stdout is not a terminal).
    let users = mock.json(&["users", "list"]).await;
    assert_eq!(array(&users).len(), 40);
    let first = &array(&users)[0];
    let email = first["email"].as_str().unwrap();
    let by_email = mock
        .json(&["users", "list", "--email", email, "--output", "json"])
        .await;
    assert_eq!(array(&by_email).len(), 1);
    assert_eq!(by_email[0]["id"], first["id"]);
    let tz = first["timezone"].as_str().unwrap();
    let by_tz = mock
        .json(&["users", "list", "--timezone", tz, "--output", "json"])
        .await;
    assert!(!array(&by_tz).is_empty() && array(&by_tz).len() < 40);
    assert!(array(&by_tz).iter().all(|u| u["timezone"] == tz));
    let three = mock
        .json(&["users", "list", "--max", "3", "--output", "json"])
        .await;
    assert_eq!(array(&three).len(), 3);
    let none = mock
        .json(&["users", "list", "--name", "Nobody Here", "--output", "json"])
        .await;
    assert!(array(&none).is_empty());
    let (code, table, _) = mock
        .run(&["users", "list", "--max", "2", "--output", "table"])
        .await;
    assert_eq!(code, Some(0));
    assert_eq!(table.lines().count(), 3, "{table}");
    assert!(
        table.starts_with("ID") && table.contains("EMAIL"),
        "{table}"
    );

    // Queues: one, and its users, one JSON object per line.
    let queue = mock.json(&["queues", "get", "1", "--output", "json"]).await;
    assert_eq!(queue["id"], 1);
    assert!(queue["name"].is_string());
    let (code, ndjson, stderr) = mock
        .run(&["queues", "users", "1", "--output", "ndjson"])
        .await;
    assert_eq!(code, Some(0), "{stderr}");
    let members: Vec<serde_json::Value> = ndjson
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!members.is_empty());
    assert!(members.iter().all(|u| u["id"].is_string()));
    let (code, _, stderr) = mock.run(&["queues", "get", "999"]).await;
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("not found"), "{stderr}");

    // Canned messages.
    let messages = mock
        .json(&["canned-messages", "list", "--output", "json"])
        .await;
    assert!(!array(&messages).is_empty());
    assert!(array(&messages).iter().all(|m| m["name"].is_string()));
    let two = mock
        .json(&["canned-messages", "list", "--max", "2", "--output", "json"])
        .await;
    assert_eq!(array(&two).len(), 2);

    // Campaigns: the filters, and the whole record in JSON.
    let all = mock.json(&["campaigns", "list", "--output", "json"]).await;
    let active = mock
        .json(&[
            "campaigns",
            "list",
            "--status",
            "active",
            "--output",
            "json",
        ])
        .await;
    assert!(!array(&active).is_empty() && array(&active).len() < array(&all).len());
    assert!(array(&active).iter().all(|c| c["status"] == "active"));
    for live in ["true", "false"] {
        let listed = mock
            .json(&["campaigns", "list", "--live", live, "--output", "json"])
            .await;
        assert!(!array(&listed).is_empty(), "--live {live}");
        let want = live == "true";
        assert!(
            array(&listed).iter().all(|c| c["live"] == want),
            "--live {live}"
        );
    }
    let summer = mock
        .json(&["campaigns", "list", "--name", "summer", "--output", "json"])
        .await;
    assert!(!array(&summer).is_empty());
    assert!(array(&summer).iter().all(|c| {
        c["name"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("summer")
    }));
    let campaign = mock
        .json(&["campaigns", "get", "1", "--output", "json"])
        .await;
    assert_eq!(campaign["id"], 1);
    // More than the typed fields: what Voiso sent, unknown ones included.
    for field in ["created_at", "method", "live", "dial_level"] {
        assert!(campaign.get(field).is_some(), "{field}: {campaign}");
    }
    let (code, _, stderr) = mock.run(&["campaigns", "list", "--status", "paws"]).await;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("auto_paused"), "{stderr}");
    let (code, _, stderr) = mock.run(&["campaigns", "get", "one"]).await;
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("integer"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pausing_a_paused_campaign_exits_0_and_one_that_cannot_be_paused_exits_1() {
    let mock = MockProcess::start(3, &[]);
    let status = |state: &serde_json::Value, id: i64| {
        array(&state["campaigns"])
            .iter()
            .find(|c| c["id"] == id)
            .map(|c| c["status"].as_str().unwrap().to_string())
            .unwrap()
    };
    let find = |state: &serde_json::Value, wanted: &str| {
        array(&state["campaigns"])
            .iter()
            .find(|c| c["status"] == wanted)
            .map(|c| c["id"].as_i64().unwrap())
            .unwrap_or_else(|| panic!("no {wanted} campaign"))
    };
    let state = mock.state().await;
    let active = find(&state, "active");
    let draft = find(&state, "draft");
    let id = active.to_string();

    let (code, stdout, stderr) = mock.run(&["campaigns", "pause", &id]).await;
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("paused"), "{stdout}");
    assert!(!stdout.contains("already"), "{stdout}");
    assert_eq!(status(&mock.state().await, active), "paused");

    let (code, stdout, stderr) = mock.run(&["campaigns", "pause", &id]).await;
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("already paused"), "{stdout}");
    assert_eq!(status(&mock.state().await, active), "paused");

    let (code, stdout, stderr) = mock.run(&["campaigns", "pause", &draft.to_string()]).await;
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(
        stderr.contains("cannot be paused") && stderr.contains("draft"),
        "{stderr}"
    );
    assert_eq!(status(&mock.state().await, draft), "draft");

    let (code, _, stderr) = mock.run(&["campaigns", "pause", "999"]).await;
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("not found"), "{stderr}");
}

const PHONE: &str = "4915112345678";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_start_prints_the_id_or_names_why_it_did_not() {
    let mock = MockProcess::start(3, &[]);
    let available = mock.agents(true).await;
    let unavailable = mock.agents(false).await;
    assert!(!available.is_empty() && !unavailable.is_empty());

    let (code, stdout, stderr) = mock
        .run(&["calls", "start", "--user", &available[0], "--phone", PHONE])
        .await;
    assert_eq!(code, Some(0), "{stderr}");
    let calls = mock.calls().await;
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert_eq!(stdout.trim(), calls[0]["id"].as_str().unwrap());
    assert_eq!(calls[0]["user_id"], available[0].as_str());
    assert_eq!(calls[0]["phone_number"], PHONE);

    let (code, stdout, stderr) = mock
        .run(&[
            "calls",
            "start",
            "--user",
            &unavailable[0],
            "--phone",
            PHONE,
        ])
        .await;
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(stderr.contains("not available"), "{stderr}");
    assert_eq!(stdout, "");

    for (args, needle) in [
        (&["--user", "42", "--phone", PHONE][..], "UUID"),
        (&["--user", &available[1], "--phone", "+49 151"], "digits"),
        (&["--phone", PHONE], "--user"),
    ] {
        let (code, _, stderr) = mock.run(&[&["calls", "start"][..], args].concat()).await;
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    }
    assert_eq!(mock.calls().await.len(), 1, "only the first call started");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_whose_answer_is_lost_may_have_started_and_is_never_repeated() {
    let mock = MockProcess::start(
        3,
        &["--lost-reply-rate", "1", "--lost-reply-stall-ms", "100"],
    );
    let agent = mock.agents(true).await.remove(0);
    let (code, stdout, stderr) = mock
        .run(&["calls", "start", "--user", &agent, "--phone", PHONE])
        .await;
    assert_eq!(code, Some(1), "{stdout}{stderr}");
    assert!(stderr.contains("may have started"), "{stderr}");
    assert!(!stderr.contains("retry"), "{stderr}");
    assert_eq!(stdout, "");
    let calls = mock.calls().await;
    assert_eq!(calls.len(), 1, "started exactly once: {calls:?}");
    assert_eq!(calls[0]["user_id"], agent.as_str());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_key_exits_3_naming_each_missing_scope() {
    let mock = MockProcess::start(3, &["--key", "ro:tasks.webhooks.read"]);
    let user = "0b97ce11-b6e0-49b4-8f92-68040aa324bf";
    let cases: &[(&[&str], voiso::Operation)] = &[
        (&["users", "list"], voiso::Operation::ListUsers),
        (&["queues", "get", "1"], voiso::Operation::GetQueue),
        (&["queues", "users", "1"], voiso::Operation::ListQueueUsers),
        (
            &["canned-messages", "list"],
            voiso::Operation::ListCannedMessages,
        ),
        (&["campaigns", "list"], voiso::Operation::ListCampaigns),
        (&["campaigns", "get", "1"], voiso::Operation::GetCampaign),
        (
            &["campaigns", "pause", "2"],
            voiso::Operation::PauseCampaign,
        ),
        (
            &["calls", "start", "--user", user, "--phone", PHONE],
            voiso::Operation::StartCall,
        ),
    ];
    for (args, op) in cases {
        let mut cmd = mock.voiso();
        cmd.env("VOISO_API_KEY", "ro").args(*args);
        let out = run(cmd).await;
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {stderr}");
        assert!(stderr.contains(op.scope()), "{args:?}: {stderr}");
    }
    assert_eq!(voiso::Operation::ListUsers.scope(), "users.read");
    assert!(mock.calls().await.is_empty());
}

// ---------------------------------------------------------------------------
// `failures retrigger ID...`: clock-free judgement, honest messages, and
// `--journal auto`.

/// Inactive failures of a `voiso mock` child, `n` of them, read without loss
/// (its replies may be lost: read with patience).
async fn some_inactive(mock: &MockProcess, n: usize) -> Vec<String> {
    let ids: Vec<String> = mock.inactive_ids().await.into_iter().take(n).collect();
    assert_eq!(ids.len(), n, "the data set needs {n} inactive failures");
    ids
}

/// A gateway in front of nothing: every `GET` of a webhook failure answers
/// `failure` (an inactive one, never changing), every `POST` a 504 page, as
/// if each retrigger were lost on its way. Whether one went through cannot
/// be learnt from it.
async fn posts_always_lost(failure: serde_json::Value) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let body = serde_json::json!({ "webhook_failure": failure }).to_string();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let body = body.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 4096];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let answer = if head.starts_with(b"GET ") {
                    format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\
                         content-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    )
                } else {
                    let page = "<html><body><center><h1>504 Gateway Time-out</h1></center>\
                                <hr><center>nginx</center></body></html>";
                    format!(
                        "HTTP/1.1 504 Gateway Time-out\r\ncontent-type: text/html\r\n\
                         content-length: {}\r\nconnection: close\r\n\r\n{page}",
                        page.len()
                    )
                };
                let _ = socket.write_all(answer.as_bytes()).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    format!("http://{addr}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_journal_a_lost_answer_says_how_to_check_and_promises_no_rerun() {
    let server = MockServer::start(config(20)).await.unwrap();
    let failure = server
        .failures()
        .into_iter()
        .find(|f| f.status == voiso_mock::STATUS_INACTIVE)
        .unwrap();
    let id = failure.id.to_string();
    let body: serde_json::Value = reqwest::Client::new()
        .get(format!(
            "{}/api/v4/tasks/webhook_failures/{id}",
            server.base_url()
        ))
        .bearer_auth("demo-key")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    server.shutdown().await;
    let gateway = posts_always_lost(body["webhook_failure"].clone()).await;

    let mut cmd = bare_voiso();
    cmd.env("VOISO_BASE_URL", &gateway)
        .env("VOISO_API_KEY", "demo-key")
        .env("NO_COLOR", "1")
        .args(["--timeout", "2s", "failures", "retrigger", &id]);
    let out = run(cmd).await;
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    assert!(
        !stdout.contains("rerun"),
        "a promise only a journal keeps: {stdout}"
    );
    assert!(
        stdout.contains(&format!("failed {id} (it may have gone through; check it")),
        "{stdout}"
    );
    // How to check, against Voiso's own clock: the updated_at it had
    // before the first POST.
    let baseline = failure
        .updated_at
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    assert!(
        stdout.contains("1 failure may have gone through")
            && stdout.contains("check it with `voiso failures get ID`")
            && stdout.contains(&format!(
                "  {id}: status pending or delivered, or updated_at later than {baseline}"
            )),
        "{stdout}"
    );

    // With a journal, a rerun does read first, and says so.
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ndjson");
    let mut cmd = bare_voiso();
    cmd.env("VOISO_BASE_URL", &gateway)
        .env("VOISO_API_KEY", "demo-key")
        .env("NO_COLOR", "1")
        .args(["--timeout", "2s", "failures", "retrigger", &id, "--journal"])
        .arg(&journal);
    let out = run(cmd).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("a rerun with the same journal reads it first")
            && stdout.contains(&format!("with --journal {}", journal.display())),
        "{stdout}"
    );
}

/// `voiso --timeout TIMEOUT failures retrigger ARGS --journal auto` from
/// `mock`, its state directory in `state`.
fn retrigger_auto(mock: &MockProcess, state: &Path, timeout: &str, args: &[String]) -> Command {
    let mut cmd = mock.voiso();
    cmd.env("XDG_STATE_HOME", state)
        .args([
            "--timeout",
            timeout,
            "failures",
            "retrigger",
            "--journal",
            "auto",
        ])
        .args(args);
    cmd
}

/// The path a `--journal auto` run said on stderr, once.
fn said_journal(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("journal: "))
        .collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    lines[0].to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn journal_auto_resumes_the_same_ids_and_retriggers_nothing_twice() {
    // Half the answers lost (a third of those after a stall of 2 s), lost
    // requests applied a second after their loss, and every delivery
    // failing again 300 ms after a retrigger: a blind second POST would go
    // through, not meet a 409, and so would one that follows a read-back
    // made before the late commit landed (a rerun started at once must wait
    // out the settle interval after the first run's last request).
    let mock = MockProcess::start(
        300,
        &[
            "--lost-reply-rate",
            "0.5",
            "--lost-reply-stall-ms",
            "2000",
            "--commit-delay-ms",
            "1000",
            "--delivery-delay-ms",
            "300",
            "--delivery-success",
            "0",
        ],
    );
    let ids = some_inactive(&mock, 40).await;
    let expected: BTreeSet<String> = ids.iter().cloned().collect();
    let state = tempfile::tempdir().unwrap();
    let dir = state.path().join("voiso").join("journals");

    // The first run gives each ID less time than a stall: IDs whose POST
    // stalls end with their outcome unknown, and are applied two seconds
    // after it ends.
    // All at once, so that all end together and the rerun follows at once.
    let mut all_at_once = ids.clone();
    all_at_once.extend(["--concurrency".to_string(), "64".to_string()]);
    let first = run(retrigger_auto(&mock, state.path(), "1s", &all_at_once)).await;
    let (stdout, stderr) = (text(&first.stdout), text(&first.stderr));
    let path = said_journal(&stderr);
    assert!(
        Path::new(&path).starts_with(&dir) && Path::new(&path).exists(),
        "{path}"
    );
    eprintln!(
        "first run: exit {:?}, {}",
        first.status.code(),
        stdout.lines().last().unwrap_or("")
    );

    // The same IDs in another order, one twice: the same journal. Rerun
    // until every ID has a certain outcome.
    let mut again: Vec<String> = ids.iter().rev().cloned().collect();
    again.push(ids[0].clone());
    let mut reads_first = 0;
    let mut runs = 1;
    let last = loop {
        let out = run(retrigger_auto(&mock, state.path(), "20s", &again)).await;
        runs += 1;
        let stdout = text(&out.stdout);
        assert_eq!(said_journal(&text(&out.stderr)), path);
        if stdout.contains("may have been sent by an earlier run") {
            reads_first += 1;
        }
        if out.status.code() == Some(0) {
            break stdout;
        }
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        assert!(runs < 10, "ten runs did not finish: {stdout}");
    };
    eprintln!("{runs} runs, {reads_first} of the reruns read maybe-sent IDs first");
    mock.assert_each_once(&expected).await;
    assert!(
        last.contains("already done according to the journal"),
        "{last}"
    );
    // The first run lost answers it could not settle: the rerun had work.
    assert_eq!(first.status.code(), Some(1), "{stdout}");
    assert!(reads_first > 0, "no rerun had a maybe-sent ID to read");
    assert!(mock.stats().await["late_commits"].as_u64().unwrap() > 0);

    // Other IDs, or --all's filters, get journals of their own; without
    // XDG_STATE_HOME, HOME's state directory.
    let home = tempfile::tempdir().unwrap();
    let mut cmd = mock.voiso();
    cmd.env("HOME", home.path())
        .args(["failures", "retrigger", "--all", "--since", "24h"])
        .args(["--dry-run", "--journal", "auto"]);
    let out = run(cmd).await;
    let other = said_journal(&text(&out.stderr));
    assert!(
        Path::new(&other).starts_with(home.path().join(".local/state/voiso/journals")),
        "{other}"
    );
    assert_ne!(Path::new(&other).file_name(), Path::new(&path).file_name());
    let mut cmd = mock.voiso();
    cmd.env_remove("HOME")
        .args(["failures", "retrigger", "x", "--journal", "auto"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--journal auto keeps its journal under $XDG_STATE_HOME"),
        "{}",
        text(&out.stderr)
    );
}

/// Named IDs, no journal, the mock's clock `skew_s` seconds off ours, half
/// the answers lost (those requests applied a second later) and every
/// delivery failing again soon: each ID must be retriggered exactly once.
/// Judged by Voiso's clock against itself (the `updated_at` read before the
/// first POST), the skew cannot matter; read back only after the settle
/// interval, a late commit cannot be overtaken.
async fn named_ids_under_a_skewed_clock_retrigger_once(skew_s: &str) {
    let mock = MockProcess::start(
        300,
        &[
            "--clock-skew-s",
            skew_s,
            "--lost-reply-rate",
            "0.5",
            "--lost-reply-stall-ms",
            "300",
            "--commit-delay-ms",
            "1000",
            "--delivery-delay-ms",
            "100",
            "--delivery-success",
            "0",
        ],
    );
    let ids = some_inactive(&mock, 30).await;
    let expected: BTreeSet<String> = ids.iter().cloned().collect();
    let mut cmd = mock.voiso();
    cmd.args(["--timeout", "20s", "failures", "retrigger"])
        .args(&ids);
    let out = run(cmd).await;
    let stdout = text(&out.stdout);
    eprintln!("skew {skew_s}: {}", stdout.lines().last().unwrap_or(""));
    mock.assert_each_once(&expected).await;
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("summary: 30 retriggered"), "{stdout}");
    let stats = mock.stats().await;
    assert!(stats["lost_replies"].as_u64().unwrap() > 10, "{stats}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn named_ids_retrigger_once_with_the_mock_clock_10s_ahead() {
    named_ids_under_a_skewed_clock_retrigger_once("10").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn named_ids_retrigger_once_with_the_mock_clock_10s_behind() {
    named_ids_under_a_skewed_clock_retrigger_once("-10").await;
}

// Completions and the manual page describe the command itself: each runs with
// an empty environment (no key, no cluster, no network).

/// The script for `shell`, from the real binary.
fn completion_script(shell: &str) -> String {
    let out = bare_voiso().args(["completions", shell]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{shell}: {}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{shell}: {}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn completions_for_each_shell_cover_nested_subcommands_and_their_flags() {
    for (shell, journal_flag) in [
        ("bash", "--journal"),
        ("zsh", "--journal"),
        // fish names long flags without their dashes.
        ("fish", "-l journal"),
        ("powershell", "--journal"),
    ] {
        let script = completion_script(shell);
        assert!(!script.trim().is_empty(), "{shell}");
        for word in ["retrigger", "import", "canned-messages", journal_flag] {
            assert!(script.contains(word), "{shell} script lacks {word}");
        }
    }
}

#[test]
fn the_bash_completion_script_parses_and_completes_a_nested_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("voiso.bash");
    std::fs::write(&path, completion_script("bash")).unwrap();
    let out = Command::new("bash").arg("-n").arg(&path).output().unwrap();
    assert!(out.status.success(), "bash -n: {}", text(&out.stderr));

    // What bash does on `voiso failures re<TAB>` and `... retrigger --jo<TAB>`.
    let complete = |words: &str| {
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source \"$1\"; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
                 COMP_LINE=\"${{COMP_WORDS[*]}}\"; COMP_POINT=${{#COMP_LINE}}; \
                 _voiso voiso \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
                 printf '%s\\n' \"${{COMPREPLY[@]}}\""
            ))
            .arg("bash")
            .arg(&path)
            .output()
            .unwrap();
        assert!(out.status.success(), "{words}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    assert_eq!(complete("voiso failures re").trim(), "retrigger");
    assert_eq!(
        complete("voiso failures retrigger --jo").trim(),
        "--journal"
    );
}

#[test]
fn completions_for_an_unknown_shell_are_a_usage_error() {
    let out = bare_voiso().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("invalid value 'tcsh'") && stderr.contains("bash, zsh, fish, powershell"),
        "{stderr}"
    );
}

#[test]
fn completions_to_a_closed_pipe_exit_quietly() {
    // `voiso completions bash | head -1`: the script is larger than a pipe's
    // buffer, so the write meets the closed end.
    let mut child = bare_voiso()
        .args(["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

#[test]
fn the_manual_page_is_roff_for_voiso_and_names_its_subcommands() {
    let out = bare_voiso().arg("man").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let page = text(&out.stdout);
    // clap_mangen opens with two roff string definitions, then the title.
    assert!(page.starts_with('.'), "{}", &page[..80.min(page.len())]);
    let title = page.lines().find(|l| l.starts_with(".TH")).unwrap_or("");
    assert!(title.starts_with(".TH voiso 1"), "{title}");
    for word in [
        ".SH NAME",
        ".SH SUBCOMMANDS",
        "failures",
        "campaigns",
        "Exit codes",
    ] {
        assert!(page.contains(word), "the page lacks {word}");
    }
    // `voiso help` would only repeat this page.
    assert!(!page.contains("voiso\\-help"), "{page}");
}

#[test]
fn man_out_dir_writes_a_page_per_subcommand_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("share/man/man1");
    let out = bare_voiso()
        .args(["man", "--out-dir"])
        .arg(&pages)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let listed: BTreeSet<String> = text(&out.stdout).lines().map(String::from).collect();
    for (name, title) in [
        ("voiso.1", ".TH voiso 1"),
        ("voiso-failures.1", ".TH voiso-failures 1"),
        (
            "voiso-failures-retrigger.1",
            ".TH voiso-failures-retrigger 1",
        ),
        (
            "voiso-campaigns-leads-import.1",
            ".TH voiso-campaigns-leads-import 1",
        ),
        ("voiso-man.1", ".TH voiso-man 1"),
    ] {
        let path = pages.join(name);
        let page = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(page.contains(title), "{name}: {page}");
        assert!(listed.contains(&path.display().to_string()), "{listed:?}");
    }
    let mut written: Vec<String> = std::fs::read_dir(&pages)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written.len(), listed.len(), "{written:?}");
    assert!(written.iter().all(|n| !n.contains("help")), "{written:?}");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "wrote {} manual pages to {}",
            written.len(),
            pages.display()
        )),
        "{stderr}"
    );
}

#[test]
fn man_out_dir_that_is_a_file_names_it_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "").unwrap();
    let out = bare_voiso()
        .args(["man", "--out-dir"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "error: cannot create the directory {}",
            file.display()
        )) && stderr.contains("--out-dir"),
        "{stderr}"
    );
}

/// `failures list` over `[since, until)` as typed, as NDJSON; its stderr.
async fn listed(server: &MockServer, window: &[&str], env: &[(&str, &str)]) -> (String, String) {
    let mut cmd = voiso(server, "demo-key");
    cmd.args(["failures", "list", "--output", "ndjson"])
        .args(window)
        .envs(env.iter().copied());
    let out = run(cmd).await;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{window:?}: {}",
        text(&out.stderr)
    );
    (text(&out.stdout), text(&out.stderr))
}

/// What people paste selects the same failures as the RFC 3339 instants
/// it means: a plain date, `date +%z`'s offset, epoch seconds, and a local
/// time in the zone `TZ` names (said on stderr).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pasted_time_forms_select_the_window_they_mean() {
    let server = MockServer::start(config(12)).await.unwrap();
    let (expected, _) = listed(
        &server,
        &["--since", "2026-03-10T00:00:00Z", "--until", ANCHOR],
        &[],
    )
    .await;
    let count = expected.lines().count();
    assert!(
        0 < count && count < 12,
        "the window must select: {expected}"
    );
    for (window, env) in [
        (
            &[
                "--since",
                "2026-03-10",
                "--until",
                "2026-03-15T12:00:00+0000",
            ][..],
            &[][..],
        ),
        (
            &[
                "--since",
                "1773100800",
                "--until",
                "2026-03-15T13:00:00.000+01:00",
            ],
            &[],
        ),
        (
            &["--since", "2026-03-10 01:00", "--until", ANCHOR],
            // POSIX: an hour east of UTC, whatever the machine's zone.
            &[("TZ", "XXX-1")],
        ),
    ] {
        let (got, stderr) = listed(&server, window, env).await;
        assert_eq!(got, expected, "{window:?}");
        if env.is_empty() {
            assert_eq!(stderr, "", "{window:?}");
        } else {
            assert_eq!(
                stderr, "taking 2026-03-10T01:00:00 as local time (+01:00)\n",
                "said once"
            );
        }
    }
    server.shutdown().await;
}

/// A window that holds nothing is refused (exit 2, both instants named)
/// before any request, on every command that takes one; and the filters
/// of `retrigger --all` are refused next to named IDs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_windows_and_filters_that_do_not_apply_exit_2() {
    let server = MockServer::start(config(5)).await.unwrap();
    let inverted = ["--since", "2026-03-15", "--until", "2026-03-14T00:00:00Z"];
    for command in [
        &["failures", "list"][..],
        &["failures", "retrigger", "--all"],
        &["cdrs", "export"],
    ] {
        let mut cmd = voiso(&server, "demo-key");
        cmd.args(command).args(inverted);
        let out = run(cmd).await;
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{command:?}: {stderr}");
        assert!(
            stderr.contains(
                "--since (2026-03-15T00:00:00Z) must be before --until (2026-03-14T00:00:00Z)"
            ),
            "{command:?}: {stderr}"
        );
        assert_eq!(out.stdout, b"", "{command:?}");
    }
    // Refused before a journal or a checkpoint is made for it.
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    for command in [
        vec![
            "failures",
            "retrigger",
            "--all",
            "--journal",
            &file("journal"),
        ],
        vec![
            "cdrs",
            "export",
            "--out",
            &file("out"),
            "--checkpoint",
            &file("ckpt"),
        ],
    ] {
        let mut cmd = voiso(&server, "demo-key");
        cmd.args(&command).args(inverted);
        assert_eq!(run(cmd).await.status.code(), Some(2), "{command:?}");
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
    // A --since after now, with no --until: the listing ends now.
    let mut cmd = voiso(&server, "demo-key");
    cmd.args(["failures", "list", "--since", "2999-01-01"]);
    let out = run(cmd).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("as no --until was given"),
        "{}",
        text(&out.stderr)
    );
    // An empty window too, typed as two forms of one instant.
    let mut cmd = voiso(&server, "demo-key");
    cmd.args([
        "failures",
        "list",
        "--since",
        "2026-03-15",
        "--until",
        "1773532800",
    ]);
    assert_eq!(run(cmd).await.status.code(), Some(2));
    assert_eq!(
        server.request_stats().requests,
        0,
        "refused before any request"
    );

    let id = server.failures()[0].id.to_string();
    for filter in [
        &["--since", "24h"][..],
        &["--until", "2026-03-15"],
        &["--status", "pending"],
    ] {
        let mut cmd = voiso(&server, "demo-key");
        cmd.args(["failures", "retrigger", &id]).args(filter);
        let out = run(cmd).await;
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{filter:?}: {stderr}");
        assert!(
            stderr.contains(&format!("cannot be used with '{}", filter[0]))
                && stderr.contains("--all [--since <TIME>] [--until <TIME>] [--status <STATUS>]"),
            "{filter:?}: {stderr}"
        );
    }
    assert!(server.retrigger_counts().is_empty(), "nothing retriggered");
    server.shutdown().await;
}
