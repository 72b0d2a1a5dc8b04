//! `voiso webhooks listen` and the mock's real deliveries, end to end with
//! the real binaries (part of the `cli` test binary).

use std::collections::BTreeMap;
use std::io::BufRead;
use std::net::SocketAddr;
use std::path::Path;

use serde_json::{Value, json};

use super::*;

const SECRET: &str = "e2e-webhook-secret";

/// A running `voiso webhooks listen`.
struct ListenProcess {
    child: std::process::Child,
    addr: SocketAddr,
}

impl ListenProcess {
    /// Starts a listener on `addr` (port 0 picks one) writing to `out`.
    fn start(addr: &str, out: &Path, extra: &[&str]) -> Self {
        let mut child = bare_voiso()
            .args(["webhooks", "listen", "--addr", addr, "--out"])
            .arg(out)
            .args(["--secret", SECRET])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("voiso webhooks listen starts");
        let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
        let addr = first
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
            .parse()
            .unwrap();
        Self { child, addr }
    }

    fn url(&self) -> String {
        format!("http://{}/voiso", self.addr)
    }

    fn signal(&self, signal: i32) {
        let pid = i32::try_from(self.child.id()).unwrap();
        // SAFETY: kill(2) on our own child, not reaped yet.
        unsafe { libc::kill(pid, signal) };
    }

    /// SIGTERM, then its exit code.
    fn stop(mut self) -> Option<i32> {
        self.signal(libc::SIGTERM);
        self.child.wait().unwrap().code()
    }

    fn kill(mut self) {
        self.signal(libc::SIGKILL);
        let _ = self.child.wait();
    }

    /// The listener's peak resident memory so far, in KiB (`VmHWM` is the
    /// process's own after `execve`, not its parent's).
    fn peak_rss_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap()
    }
}

impl Drop for ListenProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The events `out` holds, one JSON object a line.
fn stored(out: &Path) -> Vec<Value> {
    std::fs::read_to_string(out)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

async fn post(url: &str, body: impl Into<reqwest::Body>, headers: &[(&str, &str)]) -> u16 {
    let mut request = reqwest::Client::new().post(url).body(body);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap().status().as_u16()
}

fn event(id: &str) -> Value {
    json!({"event": "inbound.call.answered", "object": "call", "timestamp": "2024-08-14T10:43:54Z",
        "secret": SECRET, "contact_center_id": "12345054-2f06-476d-93a1-ae22bd3db4d7",
        "data": {"id": id, "type": "inbound", "agent": {"id": 13242, "extension": "2584"}}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_listener_refuses_strangers_and_stores_nothing_of_theirs() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("events.ndjson");
    let listener = ListenProcess::start(
        "127.0.0.1:0",
        &out,
        &["--basic", "voiso:pa55", "--header", "X-Token:t0ken"],
    );
    let url = listener.url();
    let good_basic = "Basic dm9pc286cGE1NQ=="; // voiso:pa55
    let body = event("call-1").to_string();
    let mut wrong_secret = event("call-1");
    wrong_secret["secret"] = json!("guess");
    for (what, body, headers) in [
        (
            "wrong secret",
            wrong_secret.to_string(),
            vec![("authorization", good_basic), ("x-token", "t0ken")],
        ),
        (
            "wrong basic password",
            body.clone(),
            vec![
                ("authorization", "Basic dm9pc286cGE1Ng=="),
                ("x-token", "t0ken"),
            ],
        ),
        (
            "missing header",
            body.clone(),
            vec![("authorization", good_basic)],
        ),
    ] {
        assert_eq!(post(&url, body, &headers).await, 401, "{what}");
    }
    assert!(stored(&out).is_empty(), "a refused request was stored");
    let all = [("authorization", good_basic), ("x-token", "t0ken")];
    assert_eq!(post(&url, body, &all).await, 200);
    assert_eq!(stored(&out).len(), 1);
    assert_eq!(listener.stop(), Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_listener_bounds_bodies_keeps_unknown_events_and_stores_each_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("events.ndjson");
    let listener = ListenProcess::start("127.0.0.1:0", &out, &[]);
    let url = listener.url();

    // 10 MB, eight at once, without a length: read up to the limit only.
    let huge = vec![b' '; 10 * 1024 * 1024];
    let sends = (0..8).map(|_| {
        let chunks = futures::stream::iter(
            huge.chunks(64 * 1024)
                .map(|c| Ok::<_, std::io::Error>(c.to_vec()))
                .collect::<Vec<_>>(),
        );
        reqwest::Client::new()
            .post(&url)
            .body(reqwest::Body::wrap_stream(chunks))
            .send()
    });
    // Refused with 413, or cut off while still sending: never stored.
    for response in futures::future::join_all(sends).await.into_iter().flatten() {
        assert_eq!(response.status().as_u16(), 413);
    }
    // Refused from its Content-Length alone: 413, or, when the refusal closes
    // the connection while the body is still going out, a broken pipe.
    match reqwest::Client::new()
        .post(&url)
        .body(huge.clone())
        .send()
        .await
    {
        Ok(response) => assert_eq!(response.status().as_u16(), 413, "declared length"),
        Err(e) => assert!(e.is_request() || e.is_body(), "declared length: {e}"),
    }
    let peak = listener.peak_rss_kib();
    assert!(peak < 64 * 1024, "the listener peaked at {peak} KiB");

    assert_eq!(post(&url, "{\"event\": \"inbound", &[]).await, 400);
    assert_eq!(post(&url, "[1, 2]", &[]).await, 400);
    assert!(stored(&out).is_empty());

    // An event no list names is stored raw, without its secret.
    let unknown =
        json!({"event": "call.ended", "secret": SECRET, "data": {"id": "c9", "new": [1]}});
    assert_eq!(post(&url, unknown.to_string(), &[]).await, 200);
    // The same event twice: stored once, answered 200 both times.
    for _ in 0..2 {
        assert_eq!(post(&url, event("call-1").to_string(), &[]).await, 200);
    }
    // The legacy envelope, with its `key`.
    let legacy = json!({"name": "crm", "event": "inbound.call.hangup", "entity": "call",
        "timestamp": "2024-06-19T14:30:13+0000", "key": SECRET, "payload": {"id": 28982}});
    assert_eq!(post(&url, legacy.to_string(), &[]).await, 200);
    let mut wrong_key = legacy.clone();
    wrong_key["key"] = json!("nope");
    assert_eq!(post(&url, wrong_key.to_string(), &[]).await, 401);

    let lines = stored(&out);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(
        lines[0],
        json!({"event": "call.ended", "data": {"id": "c9", "new": [1]}})
    );
    assert!(
        lines
            .iter()
            .all(|l| l.get("secret").is_none() && l.get("key").is_none())
    );

    // One listener per file; a file that is not ours is refused.
    let held = bare_voiso()
        .args([
            "webhooks",
            "listen",
            "--addr",
            "127.0.0.1:0",
            "--secret",
            "x",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(held.status.code(), Some(2), "{}", text(&held.stderr));
    assert!(
        text(&held.stderr).contains("in use"),
        "{}",
        text(&held.stderr)
    );
    let foreign = dir.path().join("leads.csv");
    std::fs::write(&foreign, "phone,name\n155501,Ann\n").unwrap();
    let refused = bare_voiso()
        .args([
            "webhooks",
            "listen",
            "--addr",
            "127.0.0.1:0",
            "--secret",
            "x",
            "--out",
        ])
        .arg(&foreign)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("not a file of stored events"));
    assert_eq!(
        std::fs::read_to_string(&foreign).unwrap(),
        "phone,name\n155501,Ann\n"
    );

    // Across a restart on the same file, what it holds is not stored again.
    let addr = listener.addr.to_string();
    assert_eq!(listener.stop(), Some(0));
    let listener = ListenProcess::start(&addr, &out, &[]);
    assert_eq!(
        post(&listener.url(), event("call-1").to_string(), &[]).await,
        200
    );
    assert_eq!(post(&listener.url(), legacy.to_string(), &[]).await, 200);
    assert_eq!(stored(&out).len(), 3);
    assert_eq!(listener.stop(), Some(0));
}

/// `GET /_mock/deliveries`' summary once `done` holds for it.
async fn until(mock: &MockProcess, done: impl Fn(&Value) -> bool) -> Value {
    // A bound so that a bug fails the test instead of hanging it; the
    // conditions themselves are what the test waits for.
    for _ in 0..2400 {
        let report: Value = mock.mock_json("deliveries").await;
        if done(&report["summary"]) {
            return report;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let report: Value = mock.mock_json("deliveries").await;
    panic!("never reached: {}", report["summary"]);
}

fn n(summary: &Value, field: &str) -> u64 {
    summary[field].as_u64().unwrap()
}

/// How the listener goes down in the middle of the stream.
#[derive(Clone, Copy)]
enum Outage {
    Stopped,
    Killed,
}

/// 500 events at 100/s into a listener that is down from the 150th event
/// to the 300th and restarted on the same port and file, then `failures
/// retrigger --all --journal J`: the file holds each event exactly once
/// and the mock shows every event delivered.
async fn outage_then_retrigger(outage: Outage, mock_faults: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("events.ndjson");
    let journal = dir.path().join("retrigger.journal");
    let listener = ListenProcess::start("127.0.0.1:0", &out, &[]);
    let addr = listener.addr.to_string();
    let url = listener.url();
    let mock = MockProcess::spawn(
        &[
            "--seed",
            "5",
            "--failures",
            "0",
            "--webhook-url",
            &url,
            "--events",
            "500",
            "--events-per-s",
            "100",
            "--webhook-secret",
            SECRET,
            "--retry-delay-ms",
            "100",
            "--delivery-timeout-ms",
            "2000",
        ],
        mock_faults,
    );
    until(&mock, |s| n(s, "generated") >= 150).await;
    match outage {
        Outage::Stopped => assert_eq!(listener.stop(), Some(0)),
        Outage::Killed => listener.kill(),
    }
    until(&mock, |s| n(s, "generated") >= 300).await;
    let listener = ListenProcess::start(&addr, &out, &[]);
    let before = until(&mock, |s| {
        n(s, "generated") == 500 && n(s, "in_flight") == 0
    })
    .await;
    let inactive = n(&before["summary"], "inactive");
    assert!(inactive > 0, "the outage made no inactive failure");

    // Lost answers can leave IDs undecided; the same journal finishes them.
    let mut code = None;
    for _ in 0..3 {
        let retrigger = mock
            .voiso()
            .args([
                "--timeout",
                "20s",
                "failures",
                "retrigger",
                "--all",
                "--journal",
            ])
            .arg(&journal)
            .output()
            .unwrap();
        code = retrigger.status.code();
        if code == Some(0) {
            break;
        }
    }
    assert_eq!(code, Some(0), "the retrigger never finished");
    let after = until(&mock, |s| n(s, "in_flight") == 0).await;

    let summary = &after["summary"];
    assert_eq!(n(summary, "inactive"), 0, "{summary}");
    assert_eq!(
        n(summary, "delivered_after_retrigger"),
        inactive,
        "{summary}"
    );
    let events = after["events"].as_array().unwrap();
    assert_eq!(events.len(), 500);
    let undelivered: Vec<_> = events
        .iter()
        .filter(|e| e["state"] != "delivered")
        .collect();
    assert!(undelivered.is_empty(), "{undelivered:?}");
    let retriggers = mock.retriggers().await;
    assert!(retriggers.values().all(|&n| n == 1), "{retriggers:?}");
    assert_eq!(retriggers.len() as u64, inactive);

    if !mock_faults.is_empty() {
        let stats = mock.stats().await;
        assert!(stats["lost_replies"].as_u64().unwrap() > 0, "{stats}");
    }
    assert_eq!(listener.stop(), Some(0));
    let mut times: BTreeMap<String, usize> = BTreeMap::new();
    for line in stored(&out) {
        *times
            .entry(line["data"]["id"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    let sent: BTreeMap<String, usize> = events
        .iter()
        .map(|e| (e["data_id"].as_str().unwrap().to_owned(), 1))
        .collect();
    assert_eq!(
        times, sent,
        "the file does not hold each event exactly once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_listener_stopped_mid_stream_gets_every_event_once_after_a_retrigger() {
    outage_then_retrigger(Outage::Stopped, &[]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_listener_killed_mid_stream_with_lost_retrigger_answers_gets_every_event_once() {
    outage_then_retrigger(
        Outage::Killed,
        &["--lost-reply-rate", "0.2", "--lost-reply-stall-ms", "200"],
    )
    .await;
}
