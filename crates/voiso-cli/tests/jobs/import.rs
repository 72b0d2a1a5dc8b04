//! `voiso campaigns leads import` against the mock (part of the `cli` test binary).

#[allow(unused_imports)]
use super::*;

use std::path::PathBuf;

/// `n` distinct valid numbers (the mock's own leads start with 1555).
fn numbers(from: usize, n: usize) -> Vec<String> {
    (from..from + n).map(|i| format!("4930{i:08}")).collect()
}

fn write_csv(dir: &Path, name: &str, phones: &[String]) -> PathBuf {
    let mut csv =
        String::from("phone_number,name,priority,active,source_system,source_url,X-Crm-Id\n");
    for (i, p) in phones.iter().enumerate() {
        csv.push_str(&format!(
            "{p},Lead {i},{},true,crm,https://crm.example/{i},{i}\n",
            i % 1000 + 1
        ));
    }
    let path = dir.join(name);
    std::fs::write(&path, csv).unwrap();
    path
}

fn import_cmd(mock: &MockProcess, campaign: u32, file: &Path, extra: &[&str]) -> Command {
    let mut cmd = mock.voiso();
    cmd.args([
        "campaigns",
        "leads",
        "import",
        &campaign.to_string(),
        "--file",
    ])
    .arg(file)
    .args(extra);
    cmd
}

/// Runs an import; returns its exit code, its parsed JSON summary and stderr.
async fn import_json(
    mock: &MockProcess,
    campaign: u32,
    file: &Path,
    extra: &[&str],
) -> (Option<i32>, serde_json::Value, String) {
    let mut cmd = import_cmd(mock, campaign, file, extra);
    cmd.args(["--output", "json"]);
    let out = run(cmd).await;
    let stdout = text(&out.stdout);
    let summary = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{:?}: {e}: {stdout}\n{}", out.status, text(&out.stderr)));
    (out.status.code(), summary, text(&out.stderr))
}

impl MockProcess {
    fn start_plain(flags: &[&str]) -> Self {
        Self::start(0, flags)
    }

    pub(crate) async fn campaign(&self, id: u32) -> serde_json::Value {
        let state = self.state().await;
        array(&state["campaigns"])
            .iter()
            .find(|c| c["id"] == id)
            .unwrap_or_else(|| panic!("no campaign {id}"))
            .clone()
    }
}

fn count(summary: &serde_json::Value, what: &str) -> u64 {
    summary["counts"][what]
        .as_u64()
        .unwrap_or_else(|| panic!("{what}: {summary}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_rows_are_reported_by_physical_line_and_never_sent() {
    let mock = MockProcess::start_plain(&[]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("leads.csv");
    // A BOM, CRLF, a quoted name over three physical lines (so line numbers
    // are not record numbers), bad rows, a repeated number, non-UTF-8.
    let mut csv = b"\xEF\xBB\xBFphone_number,name,priority,X-Crm-Id\r\n".to_vec(); // 1
    csv.extend_from_slice(b"493000000001,\"Ann\r\nof \"\"Berlin\"\", DE\r\nthird\",5,a1\r\n"); // 2-4
    csv.extend_from_slice(b"+49 30 1,Bob,,b\r\n"); // 5
    csv.extend_from_slice(b"493000000002,Cy,1001,c\r\n"); // 6
    csv.extend_from_slice(b"493000000003,Dee,,d\r\n"); // 7
    csv.extend_from_slice(b"493000000001,Ann again,,e\r\n"); // 8
    csv.extend_from_slice(b"493000000004,\"Eve\xff\",,f\r\n"); // 9
    csv.extend_from_slice(b"493000000005,Fay,0,g\r\n"); // 10
    csv.extend_from_slice(b"493000000006,too,many,fields,here\r\n"); // 11
    csv.extend_from_slice(b"12345,Short,,h\r\n"); // 12: valid here, rejected by Voiso
    std::fs::write(&file, &csv).unwrap();

    let (code, dry, _) = import_json(&mock, 7, &file, &["--dry-run"]).await;
    assert_eq!(code, Some(1), "{dry}");
    let invalid: Vec<(u64, &str)> = array(&dry["leads"])
        .iter()
        .filter(|l| l["outcome"] == "invalid")
        .map(|l| (l["line"].as_u64().unwrap(), l["reason"].as_str().unwrap()))
        .collect();
    let lines: Vec<u64> = invalid.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, [5, 6, 8, 9, 10, 11], "{invalid:?}");
    assert!(invalid[0].1.contains("digits only"), "{invalid:?}");
    assert!(invalid[1].1.contains("priority"), "{invalid:?}");
    assert!(invalid[2].1.contains("line 2"), "{invalid:?}");
    assert!(invalid[3].1.contains("UTF-8"), "{invalid:?}");
    assert!(invalid[5].1.contains("fields"), "{invalid:?}");
    assert_eq!(count(&dry, "to_send"), 3);
    assert_eq!(dry["batches"][0]["first_line"], 2);
    assert_eq!(dry["batches"][0]["last_line"], 12);
    let before = mock.campaign(7).await;
    assert_eq!(
        array(&before["imports"]).len(),
        0,
        "a dry run sent something"
    );

    let report = dir.path().join("report.ndjson");
    let (code, done, _) =
        import_json(&mock, 7, &file, &["--report", report.to_str().unwrap()]).await;
    assert_eq!(code, Some(1), "{done}");
    assert_eq!(count(&done, "created"), 2, "{done}");
    assert_eq!(count(&done, "rejected"), 1, "{done}");
    assert_eq!(count(&done, "invalid"), 6, "{done}");
    // The summary lists the rows not created; the report has every row.
    let listed: Vec<u64> = array(&done["leads"])
        .iter()
        .map(|l| l["line"].as_u64().unwrap())
        .collect();
    assert_eq!(listed, [5, 6, 8, 9, 10, 11, 12], "{done}");
    let mut rows: Vec<(u64, String)> = journal_lines(&report)
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap(),
                r["outcome"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    rows.sort();
    let outcome = |line: u64| rows.iter().find(|r| r.0 == line).map(|r| r.1.as_str());
    assert_eq!(rows.len(), 9, "one line per row: {rows:?}");
    assert_eq!(outcome(2), Some("created"));
    assert_eq!(outcome(7), Some("created"));
    assert_eq!(outcome(12), Some("rejected"));
    assert_eq!(outcome(8), Some("invalid"));
    let after = mock.campaign(7).await;
    assert_eq!(
        after["leads"].as_u64(),
        before["leads"].as_u64().map(|n| n + 2)
    );
    assert_eq!(array(&after["imports"])[0]["count"], 3);

    // Again: the two are now duplicates (already in the campaign).
    let (_, again, _) = import_json(&mock, 7, &file, &[]).await;
    assert_eq!(count(&again, "duplicate"), 2, "{again}");
    assert_eq!(count(&again, "created"), 0, "{again}");

    // Table output names the line and reason too.
    let out = run(import_cmd(
        &mock,
        7,
        &file,
        &["--dry-run", "--output", "table"],
    ))
    .await;
    let table = text(&out.stdout);
    assert!(
        table.contains("+49 30 1") && table.contains("summary:"),
        "{table}"
    );

    // Files that cannot be read at all: exit 2, nothing sent, no panic.
    for (name, bytes) in [
        ("empty.csv", &b""[..]),
        ("bom.csv", b"\xEF\xBB\xBF\r\n"),
        ("nophone.csv", b"name,priority\nBob,1\n"),
        ("unknown.csv", b"phone_number,colour\n493000000009,red\n"),
        (
            "open.csv",
            b"phone_number,name\n493000000009,\"never closed\n",
        ),
        ("binary.csv", b"\xff\xfe\x00\x01"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = run(import_cmd(&mock, 7, &path, &[])).await;
        assert_eq!(out.status.code(), Some(2), "{name}: {}", text(&out.stderr));
        assert!(!text(&out.stderr).contains("panicked"), "{name}");
    }
    let missing = run(import_cmd(&mock, 7, &dir.path().join("none.csv"), &[])).await;
    assert_eq!(missing.status.code(), Some(2));

    // NDJSON, by content and by extension, with line numbers.
    let nd = dir.path().join("leads.jsonl");
    std::fs::write(
        &nd,
        "{\"phone_number\":\"493000000100\",\"priority\":2,\"context_headers\":{\"X-A\":\"1\"}}\n\n{\"phone_number\":\"49-30\"}\n{broken\n",
    )
    .unwrap();
    let (code, nd_summary, _) = import_json(&mock, 8, &nd, &[]).await;
    assert_eq!(code, Some(1), "{nd_summary}");
    let bad: Vec<u64> = array(&nd_summary["leads"])
        .iter()
        .filter(|l| l["outcome"] == "invalid")
        .map(|l| l["line"].as_u64().unwrap())
        .collect();
    assert_eq!(bad, [3, 4]);
    assert_eq!(count(&nd_summary, "created"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_5000_row_import_spaces_its_batches_and_lists_only_the_rows_not_created() {
    let mock = MockProcess::start_plain(&[]);
    let dir = tempfile::tempdir().unwrap();
    let mut phones = numbers(10_000, 4_993);
    // Seven invalid rows among them (the terminal lost them among
    // 5,000 lines), on lines 2, 702, 1402, ...
    for k in 0..7 {
        phones.insert(k * 700, format!("+49 {k}"));
    }
    let file = write_csv(dir.path(), "leads.csv", &phones);
    let before = mock.campaign(3).await["leads"].as_u64().unwrap();
    let started = std::time::Instant::now();
    let out = run(import_cmd(&mock, 3, &file, &["--output", "table"])).await;
    let took = started.elapsed();
    let table = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let lines: Vec<&str> = table.lines().collect();
    // A header, the seven rows, the counts: nothing of the 4,993 created.
    assert_eq!(lines.len(), 9, "{table}");
    for k in 0..7 {
        assert!(
            lines[1 + k].starts_with(&format!("{:<8} +49 {k}", k * 700 + 2)),
            "{table}"
        );
        assert!(lines[1 + k].contains("invalid"), "{table}");
    }
    assert!(
        lines[8].starts_with("summary: 5000 rows, 5 batches: 4993 created"),
        "{table}"
    );
    let campaign = mock.campaign(3).await;
    assert_eq!(campaign["leads"].as_u64(), Some(before + 4_993));
    let imports = array(&campaign["imports"]);
    let counts: Vec<u64> = imports
        .iter()
        .map(|i| i["count"].as_u64().unwrap())
        .collect();
    assert_eq!(counts, [1000, 1000, 1000, 1000, 993]);
    let ats: Vec<chrono::DateTime<chrono::Utc>> = imports
        .iter()
        .map(|i| i["at"].as_str().unwrap().parse().unwrap())
        .collect();
    for pair in ats.windows(2) {
        let gap = pair[1] - pair[0];
        assert!(
            gap >= chrono::Duration::seconds(2),
            "imports {gap} apart: {ats:?}"
        );
    }
    eprintln!("4,993 leads in {took:?}; imports at {ats:?}");
}

/// Lines of a journal, parsed (a torn last line skipped).
fn journal_lines(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

fn kinds(path: &Path, kind: &str) -> usize {
    journal_lines(path)
        .iter()
        .filter(|l| l["kind"] == kind)
        .count()
}

/// A `voiso mock` with its own seed (which requests lose their answers).
fn mock_seeded(seed: u64, flags: &[&str]) -> MockProcess {
    let seed = seed.to_string();
    MockProcess::spawn(&["--failures", "0", "--seed", &seed], flags)
}

/// The seed of the lossy mock below: with it, the resumed batch 2 meets
/// more lost answers in a row than the library's three attempts (which
/// stopped the import with exit 1 before batches were resent to the end).
const LOSSY_SEED: u64 = 2;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_import_with_lost_replies_resumes_and_creates_each_lead_once() {
    let mock = mock_seeded(
        LOSSY_SEED,
        &["--lost-reply-rate", "0.3", "--lost-reply-stall-ms", "200"],
    );
    let dir = tempfile::tempdir().unwrap();
    let phones = numbers(20_000, 2_500);
    let file = write_csv(dir.path(), "leads.csv", &phones);
    let journal = dir.path().join("journal.ndjson");
    let j = journal.to_str().unwrap();
    let before = mock.campaign(9).await["leads"].as_u64().unwrap();

    // Killed (SIGKILL) as the second batch is sent.
    let mut child = import_cmd(&mock, 9, &file, &["--output", "json", "--journal", j])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while kinds(&journal, "sending") < 2 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "exited before the kill"
        );
        assert!(std::time::Instant::now() < deadline, "no progress");
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let killed_at = (kinds(&journal, "sending"), kinds(&journal, "result"));

    // Resumed once, to the end: lost answers are resent, never a stop.
    let report = dir.path().join("report.ndjson");
    let (code, summary, stderr) = import_json(
        &mock,
        9,
        &file,
        &["--journal", j, "--report", report.to_str().unwrap()],
    )
    .await;
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("already done according to the journal"),
        "{stderr}"
    );
    let campaign = mock.campaign(9).await;
    assert_eq!(
        campaign["leads"].as_u64(),
        Some(before + 2_500),
        "each valid lead in the campaign"
    );
    assert_eq!(count(&summary, "created"), 2_500, "{}", summary["counts"]);
    assert_eq!(count(&summary, "duplicate"), 0, "{}", summary["counts"]);
    assert_eq!(array(&summary["leads"]).len(), 0, "{summary}");
    assert_eq!(journal_lines(&report).len(), 2_500);
    // Each number once in the campaign: the mock keeps a set, so its count
    // would hide a lead sent twice; the report must not.
    let mut created: Vec<String> = journal_lines(&report)
        .iter()
        .filter(|r| r["outcome"] == "created")
        .map(|r| r["phone_number"].as_str().unwrap().to_string())
        .collect();
    created.sort();
    created.dedup();
    assert_eq!(created.len(), 2_500);
    let lost = mock.stats().await["lost_replies"].clone();
    assert!(lost.as_u64().unwrap() > 0, "no answer was lost");
    eprintln!(
        "killed at (sending, result) = {killed_at:?}; {lost} replies lost; counts {}; imports {}",
        summary["counts"],
        array(&campaign["imports"]).len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_without_a_result_counts_its_duplicates_as_created() {
    let mock = MockProcess::start_plain(&[]);
    let dir = tempfile::tempdir().unwrap();
    let phones = numbers(30_000, 40);
    let file = write_csv(dir.path(), "leads.csv", &phones);
    let journal = dir.path().join("journal.ndjson");
    let j = journal.to_str().unwrap();
    let (code, _, stderr) = import_json(&mock, 10, &file, &["--journal", j]).await;
    assert_eq!(code, Some(0), "{stderr}");
    let lines = journal_lines(&journal);
    let kinds: Vec<&str> = lines.iter().map(|l| l["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["start", "sending", "result"]);
    assert_eq!(lines[0]["campaign"], "10");
    assert_eq!(lines[1]["count"], 40);
    assert_eq!(array(&lines[2]["created"]).len(), 40);

    // A journal of another campaign, or of another file: refused.
    let (code, stderr) = {
        let out = run(import_cmd(&mock, 11, &file, &["--journal", j])).await;
        (out.status.code(), text(&out.stderr))
    };
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("not this import's"), "{stderr}");
    let other = write_csv(dir.path(), "other.csv", &numbers(30_000, 41));
    let out = run(import_cmd(&mock, 10, &other, &["--journal", j])).await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    // The same batch plus an invalid row: the start counts differ.
    let mut plus = phones.clone();
    plus.push("not a number".into());
    let plus = write_csv(dir.path(), "plus.csv", &plus);
    let out = run(import_cmd(&mock, 10, &plus, &["--journal", j])).await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("was started for a file of 40 rows, 40 valid, 1 batches of 1000")
            && stderr.contains("has 41 rows, 40 valid"),
        "{stderr}"
    );
    // Held by another run: refused.
    {
        let held = std::fs::OpenOptions::new()
            .append(true)
            .open(&journal)
            .unwrap();
        held.try_lock().unwrap();
        let out = run(import_cmd(&mock, 10, &file, &["--journal", j])).await;
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("held by another run"));
    }

    // Done: a rerun sends nothing.
    let imports = array(&mock.campaign(10).await["imports"]).len();
    let (code, summary, _) = import_json(&mock, 10, &file, &["--journal", j]).await;
    assert_eq!(code, Some(0));
    assert_eq!(count(&summary, "created"), 40);
    assert_eq!(array(&mock.campaign(10).await["imports"]).len(), imports);

    // As if the answer had been lost (or the run killed) after the send:
    // the intent without its result. The resend finds duplicates, which
    // this batch created.
    let text_now = std::fs::read_to_string(&journal).unwrap();
    let kept: Vec<&str> = text_now.lines().take(2).collect();
    std::fs::write(&journal, format!("{}\n{{\"kind\":\"res", kept.join("\n"))).unwrap();
    let report = dir.path().join("report.ndjson");
    let (code, summary, stderr) = import_json(
        &mock,
        10,
        &file,
        &["--journal", j, "--report", report.to_str().unwrap()],
    )
    .await;
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(count(&summary, "created"), 40, "{}", summary["counts"]);
    assert_eq!(count(&summary, "created_after_lost_reply"), 40);
    assert_eq!(count(&summary, "duplicate"), 0);
    let rows = journal_lines(&report);
    assert_eq!(rows.len(), 40);
    assert!(
        rows.iter().all(|r| r["outcome"] == "created"
            && r["reason"].as_str().unwrap().contains("answer was lost"))
    );
    assert!(stderr.contains("counted as created"), "{stderr}");
    assert_eq!(
        array(&mock.campaign(10).await["imports"]).len(),
        imports + 1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_journal_whose_batches_hold_other_numbers_is_refused_naming_the_batch() {
    let mock = MockProcess::start_plain(&[]);
    let dir = tempfile::tempdir().unwrap();
    let phones = numbers(70_000, 1_200);
    let file = write_csv(dir.path(), "leads.csv", &phones);
    let journal = dir.path().join("journal.ndjson");
    let j = journal.to_str().unwrap();
    let (code, _, stderr) = import_json(&mock, 15, &file, &["--journal", j]).await;
    assert_eq!(code, Some(0), "{stderr}");
    let imports = array(&mock.campaign(15).await["imports"]).len();

    // The file changed in a batch already sent (one number replaced: the
    // same counts): refused, naming the batch, nothing sent.
    let mut changed = phones.clone();
    changed[10] = "493099999999".into();
    let edited = write_csv(dir.path(), "leads.csv", &changed);
    let out = run(import_cmd(&mock, 15, &edited, &["--journal", j])).await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("recorded batch 1 with other phone numbers than batch 1 of")
            && stderr.contains("(lines 2-1001)"),
        "{stderr}"
    );

    // The same file, and a journal whose first batch was cut elsewhere (as
    // a voiso that batched differently would have): its "done" batch 1 is
    // not this file's batch 1, and resuming would skip leads never sent.
    let file = write_csv(dir.path(), "leads.csv", &phones);
    let theirs = dir.path().join("theirs.ndjson");
    let mut lines = journal_lines(&journal);
    // The hash the journal keeps of a batch's numbers (FNV-1a, each
    // number closed by 0xff), here of a first batch of 500.
    let other_cut = {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for p in &phones[..500] {
            for &b in p.as_bytes().iter().chain(&[0xff]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
        }
        serde_json::Value::from(format!("{h:016x}"))
    };
    for line in &mut lines {
        if line["batch"] == 1 {
            line["phones_hash"] = other_cut.clone();
            line["count"] = 500.into();
        }
    }
    let body: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    std::fs::write(&theirs, body.join("\n") + "\n").unwrap();
    let out = run(import_cmd(
        &mock,
        15,
        &file,
        &["--journal", theirs.to_str().unwrap()],
    ))
    .await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("batch 1"), "{stderr}");
    assert_eq!(
        array(&mock.campaign(15).await["imports"]).len(),
        imports,
        "a refused rerun sent something"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_never_answered_stops_the_import_with_exit_4_and_the_command_to_resume() {
    // Every request answered 500: nothing is ever answered, so the batch
    // is resent until --timeout runs out.
    let mock = MockProcess::start_plain(&["--fault-rate", "1"]);
    let dir = tempfile::tempdir().unwrap();
    let file = write_csv(dir.path(), "my leads.csv", &numbers(80_000, 5));
    let journal = dir.path().join("journal.ndjson");
    let mut cmd = import_cmd(&mock, 17, &file, &["--journal"]);
    cmd.arg(&journal)
        .args([
            "--api-key",
            "demo-key",
            "--timeout",
            "3s",
            "--output",
            "json",
        ])
        .env_remove("VOISO_API_KEY");
    let out = run(cmd).await;
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["batches"][0]["status"], "failed", "{summary}");
    assert_eq!(count(&summary, "failed"), 5);
    let resume = summary["resume"].as_str().unwrap();
    assert!(
        resume.contains(&format!(
            "campaigns leads import 17 --file '{}' --journal {}",
            file.display(),
            journal.display()
        )),
        "{resume}"
    );
    assert!(
        !resume.contains("demo-key") && !stderr.contains("demo-key"),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("to resume: {resume}")), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imports_under_a_rate_limit_wait_out_429() {
    let mock = MockProcess::start_plain(&["--rate-limit", "1"]);
    let dir = tempfile::tempdir().unwrap();
    let a = write_csv(dir.path(), "a.csv", &numbers(40_000, 1_500));
    let b = write_csv(dir.path(), "b.csv", &numbers(50_000, 1_500));
    // Two imports with one key at once: their requests collide.
    let (first, second) = tokio::join!(
        import_json(&mock, 12, &a, &[]),
        import_json(&mock, 13, &b, &[])
    );
    for (code, summary, stderr) in [first, second] {
        assert_eq!(code, Some(0), "{stderr}");
        assert_eq!(count(&summary, "created"), 1_500);
    }
    let limited = mock.stats().await["rate_limited"].as_u64().unwrap();
    eprintln!("{limited} requests answered 429");
    assert!(limited > 0, "no 429 was provoked");
    for id in [12, 13] {
        let imports = mock.campaign(id).await["imports"].clone();
        assert_eq!(array(&imports).len(), 2, "{imports}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_stops_after_journaling_and_a_refused_key_exits_3() {
    let mock = MockProcess::start_plain(&[]);
    let dir = tempfile::tempdir().unwrap();
    let file = write_csv(dir.path(), "leads.csv", &numbers(60_000, 3_000));
    let journal = dir.path().join("journal.ndjson");

    let mut bad_key = import_cmd(&mock, 14, &file, &["--journal"]);
    bad_key.arg(&journal).env("VOISO_API_KEY", "wrong");
    let out = run(bad_key).await;
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert_eq!(array(&mock.campaign(14).await["imports"]).len(), 0);

    let stdout_path = dir.path().join("stdout");
    let mut child = import_cmd(&mock, 14, &file, &["--output", "json", "--journal"])
        .arg(&journal)
        .stdout(std::fs::File::create(&stdout_path).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while kinds(&journal, "result") < 1 {
        assert!(std::time::Instant::now() < deadline, "no progress");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    // SAFETY: a plain signal to our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(4), "stopped before finishing");
    let summary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&stdout_path).unwrap()).unwrap();
    assert_eq!(summary["interrupted"], true);
    let done = count(&summary, "created") as usize;
    assert_eq!(
        done,
        kinds(&journal, "result") * 1000,
        "{}",
        summary["counts"]
    );
    assert_eq!(count(&summary, "not_sent") as usize, 3_000 - done);
    // Every batch sent was journaled with its outcome (the refused one too).
    assert_eq!(
        kinds(&journal, "sending"),
        kinds(&journal, "result") + kinds(&journal, "failed")
    );

    // The refused key's batch and the rest: sent as new, each lead once.
    let (code, summary, stderr) =
        import_json(&mock, 14, &file, &["--journal", journal.to_str().unwrap()]).await;
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(count(&summary, "created"), 3_000);
    assert_eq!(count(&summary, "created_after_lost_reply"), 0);
    assert_eq!(array(&mock.campaign(14).await["imports"]).len(), 3);
}
