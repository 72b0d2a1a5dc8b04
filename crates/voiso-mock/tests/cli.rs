//! The `voiso-mock` binary: flags, the first stdout line, signals.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_voiso-mock");

#[test]
fn bad_flags_exit_2_with_a_message() {
    for (args, mention) in [
        (&["--fault-rate", "2"][..], "fault-rate"),
        (&["--lost-reply-rate", "1.5"], "lost-reply-rate"),
        (&["--lost-reply-stall-ms", "soon"], "--lost-reply-stall-ms"),
        (&["--delivery-success", "often"], "delivery-success"),
        (&["--key", "no-scopes"], "--key"),
        (&["--key", "tok:tasks.webhooks.write"], "scope"),
        (&["--addr", "localhost"], "--addr"),
        (&["--failures=-3"], "--failures"),
        (&["--failures", "99999999999"], "failures"),
        (&["--rate-limit", "fast"], "--rate-limit"),
        (&["--cdrs=-5"], "--cdrs"),
        (&["--cdrs", "999999999999"], "cdrs must be at most"),
        (&["--latency-ms=-1"], "--latency-ms"),
        (&["--no-such-flag"], "--no-such-flag"),
        (
            &[
                "--key",
                "a:tasks.webhooks.read",
                "--key",
                "a:tasks.webhooks.manage",
            ],
            "duplicate",
        ),
    ] {
        let output = Command::new(BIN).args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(mention), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

struct Running {
    child: Child,
    base_url: String,
}

impl Running {
    fn start(args: &[&str]) -> Self {
        let mut child = Command::new(BIN)
            .args(["--addr", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let base_url = line
            .trim_end()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("first line {line:?}"))
            .to_owned();
        let port: u16 = base_url
            .strip_prefix("http://127.0.0.1:")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("first line {line:?}"));
        assert_ne!(port, 0);
        Self { child, base_url }
    }

    fn signal(&mut self, name: &str) -> Option<i32> {
        let pid = self.child.id().to_string();
        assert!(
            Command::new("kill")
                .args([name, &pid])
                .status()
                .unwrap()
                .success()
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            assert!(Instant::now() < deadline, "still running after {name}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn status(url: &str, key: &str) -> u16 {
    reqwest::Client::new()
        .get(url)
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn serves_the_given_keys_and_stops_on_sigterm() {
    let mut server = Running::start(&[
        "--failures",
        "12",
        "--key",
        "ro:tasks.webhooks.read",
        "--key",
        "rw:tasks.webhooks.read,tasks.webhooks.manage",
    ]);
    let list = format!("{}/api/v4/tasks/webhook_failures", server.base_url);
    assert_eq!(status(&list, "ro").await, 200);
    assert_eq!(
        status(&list, "demo-key").await,
        401,
        "--key replaces the demo key"
    );
    let body: serde_json::Value = reqwest::Client::new()
        .get(&list)
        .bearer_auth("rw")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["metadata"]["total"], 12);
    assert_eq!(server.signal("-TERM"), Some(0));
}

#[tokio::test]
async fn demo_key_by_default_and_stops_on_sigint() {
    let mut server = Running::start(&["--seed", "3"]);
    let list = format!("{}/api/v4/tasks/webhook_failures", server.base_url);
    assert_eq!(status(&list, "demo-key").await, 200);
    assert_eq!(server.signal("-INT"), Some(0));
}

#[test]
fn an_address_in_use_exits_1() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let output = Command::new(BIN).args(["--addr", &addr]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains(&addr));
}

async fn list_body(server: &Running) -> String {
    reqwest::Client::new()
        .get(format!(
            "{}/api/v4/tasks/webhook_failures?limit=100",
            server.base_url
        ))
        .bearer_auth("demo-key")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_same_seed_serves_identical_bytes_across_runs() {
    let a = Running::start(&["--seed", "9"]);
    let b = Running::start(&["--seed", "9"]);
    let c = Running::start(&["--seed", "10"]);
    let body = list_body(&a).await;
    assert!(body.contains("webhook_failures"));
    assert_eq!(body, list_body(&b).await);
    assert_ne!(body, list_body(&c).await);
}

#[tokio::test]
async fn lost_replies_can_be_turned_on_from_the_command_line() {
    let mut server = Running::start(&["--lost-reply-rate", "0.2", "--lost-reply-stall-ms", "100"]);
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let list = format!("{}/api/v4/tasks/webhook_failures?limit=1", server.base_url);
    let mut lost = 0;
    for _ in 0..20 {
        let answer = http.get(&list).bearer_auth("demo-key").send().await;
        if !answer.is_ok_and(|r| r.status() == 200) {
            lost += 1;
        }
    }
    let stats: serde_json::Value = http
        .get(format!("{}/_mock/stats", server.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stats["requests"], 20);
    assert_eq!(stats["lost_replies"], lost);
    assert!(lost > 0, "the default seed loses some of 20 at 0.2");
    assert_eq!(server.signal("-TERM"), Some(0));
}

#[tokio::test]
async fn the_cdrs_flag_sets_how_many_cdrs_are_served() {
    let mut server = Running::start(&["--cdrs", "2500"]);
    let http = reqwest::Client::new();
    let get = |query: String| {
        let http = http.clone();
        let url = format!("{}/api/v4/reporting/cdrs?{query}", server.base_url);
        async move {
            let body: serde_json::Value = http
                .get(url)
                .bearer_auth("demo-key")
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            body
        }
    };
    let first = get("limit=1000".into()).await;
    assert_eq!(first["metadata"]["total"], 2500);
    let mut seen = first["cdrs"].as_array().unwrap().len();
    let mut cursor = first["metadata"]["next_cursor"].clone();
    while let Some(c) = cursor.as_str() {
        let page = get(format!("limit=1000&cursor={c}")).await;
        seen += page["cdrs"].as_array().unwrap().len();
        cursor = page["metadata"]["next_cursor"].clone();
    }
    assert_eq!(seen, 2500);
    assert!(cursor.is_null());
    // The default key holds every scope: the whole API answers.
    let users = format!("{}/api/v4/users", server.base_url);
    assert_eq!(status(&users, "demo-key").await, 200);
    assert_eq!(server.signal("-TERM"), Some(0));

    let mut server = Running::start(&[]);
    let url = format!("{}/api/v4/reporting/cdrs?limit=1", server.base_url);
    let body: serde_json::Value = reqwest::Client::new()
        .get(url)
        .bearer_auth("demo-key")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["metadata"]["total"], 10_000, "the default");
    assert_eq!(server.signal("-TERM"), Some(0));
}
