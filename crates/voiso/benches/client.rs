//! Benchmarks: CPU per `get` (voiso vs raw reqwest + serde_json), listing
//! 10,000 failures from a server adding 50 ms per request, and peak memory
//! streaming 10,000 vs 100,000 failures.
//!
//! `cargo bench -p voiso --bench client` runs them all. The server is this
//! same binary started as a child process (`client serve <total> <delay_ms>`),
//! so client-side measurements (callgrind, peak RSS) see only the client.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};

const ID: &str = "aabbccddeeff001122334455";

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["serve", total, delay] => serve(total.parse().unwrap(), delay.parse().unwrap()),
        ["gets", which, url, n] => {
            let n: usize = n.parse().unwrap();
            runtime().block_on(gets(which, url, n));
        }
        ["stream", url, concurrency] => {
            let (count, elapsed) = runtime().block_on(stream(url, concurrency.parse().unwrap()));
            println!("{count} {} {}", elapsed.as_secs_f64(), peak_rss_kib());
        }
        ["mock", cdrs, latency] => mock(cdrs.parse().unwrap(), latency.parse().unwrap()),
        ["cdr-stream", url] => {
            let (count, elapsed) = runtime().block_on(cdr_stream(url));
            println!("{count} {} {}", elapsed.as_secs_f64(), peak_rss_kib());
        }
        ["cdrs"] => run_cdrs(),
        [] => run_all(),
        other => panic!("unknown arguments {other:?}"),
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn run_all() {
    let server = ServerProcess::start(100_000, 0);
    println!("# CPU per get (client process only)");
    let voiso_wall = wall_per_get("voiso", &server.url, 3000);
    let raw_wall = wall_per_get("raw", &server.url, 3000);
    println!(
        "wall per get: voiso {:.1} us, raw {:.1} us, ratio {:.3}",
        voiso_wall * 1e6,
        raw_wall * 1e6,
        voiso_wall / raw_wall
    );
    match (
        instructions_per_get("voiso", &server.url),
        instructions_per_get("raw", &server.url),
    ) {
        (Some(v), Some(r)) => println!(
            "instructions per get (callgrind): voiso {v:.0}, raw {r:.0}, ratio {:.3}",
            v / r
        ),
        _ => println!("instructions per get: valgrind not available, skipped"),
    }
    drop(server);

    println!("# Listing 10,000 failures, 50 ms per request");
    let server = ServerProcess::start(10_000, 50);
    for concurrency in [1, 8] {
        let (count, secs, _) = child_stream(&server.url, concurrency);
        println!("concurrency {concurrency}: {count} items in {secs:.2} s");
    }
    drop(server);

    println!("# Peak memory streaming (client process, VmHWM)");
    for total in [10_000, 100_000] {
        let server = ServerProcess::start(total, 0);
        let (count, secs, kib) = child_stream(&server.url, 8);
        println!(
            "{count} items: peak RSS {:.1} MiB ({secs:.2} s)",
            kib as f64 / 1024.0
        );
    }
}

/// `cargo bench -p voiso --bench client -- cdrs`: stream 100,000 and
/// 1,000,000 CDRs by cursor (pages of 1,000) from voiso-mock adding 50 ms
/// per request, in a child process whose peak memory is read at the end.
fn run_cdrs() {
    println!("# CDRs by cursor, limit 1000, mock latency 50 ms");
    for total in [100_000u64, 1_000_000] {
        let server = ServerProcess::spawn(&["mock", &total.to_string(), "50"]);
        let [count, secs, kib] = child_report(&["cdr-stream", &server.url]);
        let (count, kib) = (count as u64, kib as u64);
        let pages = total.div_ceil(1000);
        println!(
            "{count} CDRs in {secs:.2} s ({:.0} records/s), peak RSS {:.1} MiB; \
             bound: {pages} pages x 50 ms = {:.1} s, ratio {:.3}",
            count as f64 / secs,
            kib as f64 / 1024.0,
            pages as f64 * 0.05,
            secs / (pages as f64 * 0.05)
        );
        assert_eq!(count, total, "every CDR once");
    }
}

fn mock(cdrs: u64, latency_ms: u64) {
    runtime().block_on(async {
        let config = voiso_mock::MockConfig::default()
            .cdrs(cdrs)
            .latency(Duration::from_millis(latency_ms));
        let server = voiso_mock::MockServer::start(config).await.unwrap();
        println!("{}", server.base_url());
        std::future::pending::<()>().await;
    });
}

async fn cdr_stream(url: &str) -> (u64, Duration) {
    let client = voiso::Client::builder()
        .api_key(voiso_mock::DEFAULT_KEY)
        .base_url(url)
        .build()
        .unwrap();
    let started = Instant::now();
    let mut records = std::pin::pin!(client.cdrs().list().stream());
    let mut count = 0u64;
    let mut last = None;
    // Only a count and the order: holding ids would be the memory measured.
    while let Some(cdr) = records.next().await {
        let cdr = cdr.unwrap();
        assert!(
            last.is_none_or(|last| cdr.started_at <= last),
            "newest first"
        );
        last = Some(cdr.started_at);
        count += 1;
    }
    (count, started.elapsed())
}

fn wall_per_get(which: &str, url: &str, n: usize) -> f64 {
    let runtime = runtime();
    // Warm up connections and lazies, then time.
    runtime.block_on(gets(which, url, 50));
    let started = Instant::now();
    runtime.block_on(gets(which, url, n));
    started.elapsed().as_secs_f64() / n as f64
}

/// (instructions for 201 gets - instructions for 1 get) / 200: process
/// start, runtime and TLS setup cancel out.
fn instructions_per_get(which: &str, url: &str) -> Option<f64> {
    let run = |n: usize| -> Option<u64> {
        let out = tempfile_path(&format!("callgrind-{which}-{n}"));
        let status = Command::new("valgrind")
            .args(["--tool=callgrind", &format!("--callgrind-out-file={out}")])
            .arg(std::env::current_exe().ok()?)
            .args(["gets", which, url, &n.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .ok()?;
        if !status.success() {
            return None;
        }
        let text = std::fs::read_to_string(&out).ok()?;
        let _ = std::fs::remove_file(&out);
        text.lines()
            .find_map(|l| {
                l.strip_prefix("summary: ")
                    .or_else(|| l.strip_prefix("totals: "))
            })
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
    };
    let one = run(1)?;
    let many = run(201)?;
    Some((many.saturating_sub(one)) as f64 / 200.0)
}

fn tempfile_path(name: &str) -> String {
    std::env::temp_dir()
        .join(format!("voiso-bench-{}-{name}", std::process::id()))
        .to_string_lossy()
        .into_owned()
}

async fn gets(which: &str, url: &str, n: usize) {
    match which {
        "voiso" => {
            let client = voiso::Client::builder()
                .api_key("bench-key")
                .base_url(url)
                .build()
                .unwrap();
            let failures = client.webhook_failures();
            for _ in 0..n {
                let failure = failures.get(ID).await.unwrap();
                std::hint::black_box(failure);
            }
        }
        "raw" => {
            let client = reqwest::Client::builder()
                .connect_timeout(Duration::from_secs(10))
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap();
            let target = format!("{url}/api/v4/tasks/webhook_failures/{ID}");
            for _ in 0..n {
                let response = client
                    .get(&target)
                    .bearer_auth("bench-key")
                    .header("accept", "application/json")
                    .timeout(Duration::from_secs(30))
                    .send()
                    .await
                    .unwrap();
                assert!(response.status().is_success());
                let body = response.bytes().await.unwrap();
                let envelope: voiso_api::types::WebhookFailureEnvelope =
                    serde_json::from_slice(&body).unwrap();
                std::hint::black_box(envelope);
            }
        }
        other => panic!("unknown client {other}"),
    }
}

async fn stream(url: &str, concurrency: usize) -> (usize, Duration) {
    let client = voiso::Client::builder()
        .api_key("bench-key")
        .base_url(url)
        .build()
        .unwrap();
    let started = Instant::now();
    let mut count = 0usize;
    let mut previous: Option<String> = None;
    let mut items = Box::pin(
        client
            .webhook_failures()
            .list()
            .concurrency(concurrency)
            .stream(),
    );
    while let Some(failure) = items.try_next().await.unwrap() {
        // Every item exactly once and in order: the server numbers them 0, 1, ...
        let expected = format!("f{count:08}");
        assert_eq!(failure.id.as_str(), expected, "after {previous:?}");
        previous = Some(expected);
        count += 1;
    }
    (count, started.elapsed())
}

fn child_stream(url: &str, concurrency: usize) -> (usize, f64, u64) {
    let [count, secs, kib] = child_report(&["stream", url, &concurrency.to_string()]);
    (count as usize, secs, kib as u64)
}

/// Runs this binary with `args` in a child process (so its peak memory is
/// its own) and reads the three numbers it prints: count, seconds, KiB.
fn child_report(args: &[&str]) -> [f64; 3] {
    let out = Command::new(std::env::current_exe().unwrap())
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut parts = text.split_whitespace().map(|p| p.parse::<f64>().unwrap());
    [(); 3].map(|()| parts.next().unwrap())
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.split_whitespace().next()?.parse().ok())
        })
        .unwrap_or(0)
}

struct ServerProcess {
    child: Child,
    url: String,
}

impl ServerProcess {
    fn start(total: usize, delay_ms: u64) -> ServerProcess {
        ServerProcess::spawn(&["serve", &total.to_string(), &delay_ms.to_string()])
    }

    fn spawn(args: &[&str]) -> ServerProcess {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        ServerProcess {
            child,
            url: line.trim().to_string(),
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn failure(index: usize) -> serde_json::Value {
    let created = chrono::DateTime::from_timestamp(1_773_568_800 - index as i64, 0).unwrap();
    serde_json::json!({
        "id": format!("f{index:08}"),
        "event": "call.ended",
        "status": "inactive",
        "reason": "Connection timeout",
        "webhook": {"id": "0b97ce11-b6e0-49b4-8f92-68040aa324bf", "name": "CRM call events"},
        "last_attempt_at": "2026-03-15T10:32:14Z",
        "created_at": created.to_rfc3339(),
        "updated_at": "2026-03-15T10:32:14Z"
    })
}

fn serve(total: usize, delay_ms: u64) {
    use axum::extract::Query;
    use axum::routing::get;
    use std::collections::HashMap;

    let single = serde_json::json!({"webhook_failure": failure(0)}).to_string();
    let list = move |Query(query): Query<HashMap<String, String>>| async move {
        tokio::time::sleep(Duration::from_millis(delay_ms)).await;
        let limit: usize = query
            .get("limit")
            .and_then(|v| v.parse().ok())
            .unwrap_or(100);
        let offset: usize = query
            .get("offset")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let items: Vec<_> = (offset..(offset + limit).min(total)).map(failure).collect();
        (
            [("content-type", "application/json")],
            serde_json::json!({"webhook_failures": items, "metadata": {"total": total}})
                .to_string(),
        )
    };
    let one = move || {
        let body = single.clone();
        async move { ([("content-type", "application/json")], body) }
    };
    let app = axum::Router::new()
        .route("/api/v4/tasks/webhook_failures", get(list))
        .route("/api/v4/tasks/webhook_failures/{id}", get(one));
    tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            println!("http://{}", listener.local_addr().unwrap());
            axum::serve(listener, app).await.unwrap();
        });
}
