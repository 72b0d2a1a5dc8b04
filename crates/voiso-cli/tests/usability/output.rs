//! Output for people and for scripts (part of the `cli` test binary):
//! tables cut to the width (never wrapped), records field by field, and
//! one JSON object per outcome from the writes.

#[allow(unused_imports)]
use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tables_fit_80_and_120_columns() {
    let server = MockServer::start(config(8)).await.unwrap();
    for width in ["80", "120"] {
        for args in [
            &["failures", "list", "-o", "table"][..],
            &["webhooks", "list", "-o", "table"],
            &["users", "list", "-o", "table", "--max", "4"],
            &["canned-messages", "list", "-o", "table"],
            &["campaigns", "get", "3", "-o", "table"],
            &[
                "webhooks",
                "get",
                "e3b6885f-26a3-4b9f-be63-cd4a77dc68af",
                "-o",
                "table",
            ],
        ] {
            let mut cmd = voiso(&server, "demo-key");
            cmd.env("COLUMNS", width).args(args);
            let out = run(cmd).await;
            let stdout = text(&out.stdout);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{args:?}: {}",
                text(&out.stderr)
            );
            let limit: usize = width.parse().unwrap();
            for line in stdout.lines() {
                assert!(
                    line.chars().count() <= limit,
                    "{args:?} at {width}: {} columns: {line}",
                    line.chars().count()
                );
            }
            let name = snapshot_name(&format!("table{width}"), args);
            insta::assert_snapshot!(name, stdout);
        }
    }
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_print_one_json_object_per_outcome() {
    let mock = MockProcess::start(6, &[]);
    // A pause, then the same pause again: each one object.
    let paused = mock.json(&["campaigns", "pause", "2", "-o", "json"]).await;
    assert_eq!(paused["outcome"], "paused", "{paused}");
    let again = mock
        .json(&["campaigns", "pause", "2", "-o", "ndjson"])
        .await;
    assert_eq!(again["outcome"], "already_paused", "{again}");

    let agent = mock.agents(true).await.remove(0);
    let call = mock
        .json(&[
            "calls",
            "start",
            "--user",
            &agent,
            "--phone",
            "4915112345678",
            "-o",
            "json",
        ])
        .await;
    assert_eq!(call["outcome"], "started", "{call}");
    assert_eq!(call["call_id"], mock.calls().await[0]["id"], "{call}");
    let busy = mock.agents(false).await.remove(0);
    let (code, stdout, stderr) = mock
        .run(&[
            "calls",
            "start",
            "--user",
            &busy,
            "--phone",
            "4915112345678",
            "-o",
            "json",
        ])
        .await;
    assert_eq!(code, Some(1), "{stderr}");
    let refused: serde_json::Value = serde_json::from_str(stdout.trim()).expect(&stdout);
    assert_eq!(refused["outcome"], "refused", "{refused}");
    assert!(stderr.contains("not available"), "{stderr}");

    let ids = some_inactive(&mock, 2).await;
    let (code, stdout, stderr) = mock
        .run(&["failures", "retrigger", &ids[0], &ids[1], "-o", "ndjson"])
        .await;
    assert_eq!(code, Some(0), "{stderr}");
    let objects: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(objects.len(), 3, "{stdout}");
    let outcomes: BTreeSet<&str> = objects[..2]
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ids.iter().map(String::as_str).collect());
    assert!(
        objects[..2].iter().all(|o| o["outcome"] == "retriggered"),
        "{stdout}"
    );
    assert_eq!(objects[2]["summary"]["retriggered"], 2, "{stdout}");
    assert!(
        stderr.contains("summary:"),
        "the summary's lines go to stderr: {stderr}"
    );
}
