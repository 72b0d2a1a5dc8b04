//! Errors in the command's own terms (part of the `cli` test binary): each
//! names the flag or variable the user set, the ID at fault and what to run
//! next. Snapshotted with the mock's port filtered out.

#[allow(unused_imports)]
use super::*;

/// `--key TOKEN:...` with every scope of the spec's operations.
pub fn all_scopes(token: &str) -> String {
    let scopes: std::collections::BTreeSet<&str> =
        voiso::Operation::ALL.iter().map(|op| op.scope()).collect();
    format!(
        "{token}:{}",
        scopes.into_iter().collect::<Vec<_>>().join(",")
    )
}

/// stderr with the mock's address (and any port) made stable.
fn stable(stderr: &str, mock: &MockProcess) -> String {
    stderr
        .replace(&mock.base_url, "http://[MOCK]")
        .lines()
        .map(|l| {
            regex::Regex::new(r"127\.0\.0\.1:\d+")
                .unwrap()
                .replace_all(l, "127.0.0.1:[PORT]")
                .into_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Name, the key in VOISO_API_KEY (else the mock's), arguments, exit code,
/// and what the message must name.
type Case<'a> = (&'a str, Option<&'a str>, Vec<&'a str>, i32, &'a [&'a str]);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_error_names_what_the_user_set_and_what_to_run_next() {
    let all = all_scopes("demo-key");
    let mock = MockProcess::start(5, &["--key", &all, "--key", "ro:tasks.webhooks.read"]);
    let wrong_host = format!("{}/wrong", mock.base_url);
    let cases: &[Case] = &[
        (
            "key_from_flag_refused",
            None,
            vec!["--api-key", "nope", "failures", "list"],
            3,
            &["--api-key", "voiso auth status"],
        ),
        (
            "key_from_env_refused",
            Some("nope"),
            vec!["failures", "list"],
            3,
            &["VOISO_API_KEY"],
        ),
        (
            "scope_missing",
            Some("ro"),
            vec!["users", "list"],
            3,
            &["users.read", "VOISO_API_KEY"],
        ),
        (
            "wrong_host_on_a_listing",
            None,
            vec!["--base-url", &wrong_host, "failures", "list"],
            1,
            &["host looks wrong", "--base-url"],
        ),
        (
            "wrong_host_on_a_get",
            None,
            vec![
                "--base-url",
                &wrong_host,
                "failures",
                "get",
                "0123456789abcdef01234567",
            ],
            1,
            &["host looks wrong", "--base-url"],
        ),
        (
            "failure_not_found",
            None,
            vec!["failures", "get", " 0123456789abcdef01234567\n"],
            1,
            &["0123456789abcdef01234567", "voiso failures list"],
        ),
        (
            "queue_users_not_found",
            None,
            vec!["queues", "users", "999"],
            1,
            &["queue 999", "voiso api routing/queues"],
        ),
        (
            "queue_not_found",
            None,
            vec!["queues", "get", "999"],
            1,
            &["queue 999", "voiso api routing/queues"],
        ),
        (
            "campaign_not_found",
            None,
            vec!["campaigns", "get", "999"],
            1,
            &["campaign 999", "voiso campaigns list"],
        ),
        (
            "bad_cluster",
            None,
            vec!["--cluster-id", "not a cluster", "failures", "list"],
            2,
            &["--cluster-id", "not a cluster"],
        ),
        (
            "no_connection",
            None,
            vec!["--base-url", "http://127.0.0.1:9", "webhooks", "list"],
            1,
            &["--base-url", "127.0.0.1:9"],
        ),
    ];
    for (name, key, args, code, names) in cases {
        let mut cmd = mock.voiso();
        if let Some(key) = key {
            cmd.env("VOISO_API_KEY", key);
        }
        cmd.args(args);
        let out = run(cmd).await;
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{name}: {stderr}");
        for needle in *names {
            assert!(
                stderr.contains(needle),
                "{name}: {needle:?} missing: {stderr}"
            );
        }
        assert!(!stderr.contains("ClientBuilder"), "{name}: {stderr}");
        if *name == "key_from_flag_refused" {
            assert!(!stderr.contains("VOISO_API_KEY"), "{name}: {stderr}");
            assert!(!stderr.contains("nope"), "the key leaked: {stderr}");
        }
        insta::assert_snapshot!(format!("err__{name}"), stable(&stderr, &mock));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_timeout_names_the_timeout_in_force() {
    let mock = MockProcess::start(3, &["--latency-ms", "3000"]);
    let (code, _, stderr) = mock.run(&["--timeout", "1s", "failures", "list"]).await;
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("--timeout 1s ran out"), "{stderr}");
    assert!(!stderr.contains("ClientBuilder"), "{stderr}");
    insta::assert_snapshot!("err__timeout", stderr);
}

/// A key lacking the write scope in a bulk run: one reason, said once
/// with its count, and no --journal hint that could not help.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bulk_run_with_a_key_lacking_a_scope_says_so_once() {
    // Slow answers: every request of the first wave is in flight when the
    // first 403 comes back, as against a real server far away.
    let mock = MockProcess::start(
        40,
        &["--key", "ro:tasks.webhooks.read", "--latency-ms", "300"],
    );
    let mut cmd = mock.voiso();
    cmd.env("VOISO_API_KEY", "ro")
        .args(["failures", "retrigger", "--all", "--concurrency", "8"]);
    let out = run(cmd).await;
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(3), "{stdout}{}", text(&out.stderr));
    assert_eq!(
        stdout
            .matches("lacks the `tasks.webhooks.manage` scope")
            .count(),
        2,
        "once on the first ID's line, once in the summary: {stdout}"
    );
    assert!(stdout.contains("the same reason as above"), "{stdout}");
    let failed = stdout.lines().filter(|l| l.starts_with("failed ")).count();
    assert!(failed >= 2, "a wave of requests, refused alike: {stdout}");
    assert!(
        stdout.contains(&format!(
            "  {failed} failures: the API key from VOISO_API_KEY lacks"
        )),
        "{stdout}"
    );
    assert!(
        !stdout.contains("--journal"),
        "an inapplicable hint: {stdout}"
    );
    assert!(
        stdout.contains("the key was refused, so the run stopped")
            && stdout.contains(" failures retrigger --all --concurrency 8` again"),
        "{stdout}"
    );
    assert!(mock.retriggers().await.is_empty());
}

/// A pause whose answer is lost, and whose read-back is lost too: it says
/// whether it is known (not) and that running it again is safe.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pause_whose_answer_is_lost_says_it_is_safe_to_run_again() {
    let mock = MockProcess::start(
        0,
        &["--lost-reply-rate", "1", "--lost-reply-stall-ms", "20"],
    );
    let (code, stdout, stderr) = mock
        .run(&["--timeout", "3s", "campaigns", "pause", "2", "-o", "json"])
        .await;
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("It is safe to run again: `voiso campaigns pause 2`"),
        "{stderr}"
    );
    let outcome: serde_json::Value = serde_json::from_str(stdout.trim()).expect(&stdout);
    assert_eq!(outcome["outcome"], "unknown", "{outcome}");
    assert_eq!(outcome["campaign"], 2, "{outcome}");
}
