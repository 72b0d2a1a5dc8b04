//! `voiso webhooks listen` against a bare axum handler doing the same
//! durable write (append the body, fsync, answer 200) without
//! verification or dedup: events per second and p99 latency with 8
//! concurrent senders. Release build:
//!   cargo bench -p voiso-cli --bench listen_throughput -- [EVENTS] [ROUNDS]
//! Each round runs the baseline, then the listener, each on a fresh file
//! in its own process (this binary re-executed for the baseline).

use std::io::{BufRead, Write};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const SENDERS: usize = 8;
const SECRET: &str = "bench-secret";

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    if args.first().map(String::as_str) == Some("serve-baseline") {
        return serve_baseline(&args[1]);
    }
    let events: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(4000);
    let rounds: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(3);
    let dir = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    println!("{events} events, {SENDERS} concurrent senders, fsync per event, {rounds} rounds");
    let (mut base, mut listen) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        let out = dir.path().join(format!("baseline-{round}.ndjson"));
        let server = spawn(
            Command::new(std::env::current_exe().unwrap())
                .arg("serve-baseline")
                .arg(&out),
        );
        let b = runtime.block_on(load(server.1, events, round));
        stop(server.0);
        let out = dir.path().join(format!("listen-{round}.ndjson"));
        let server = spawn(
            Command::new(env!("CARGO_BIN_EXE_voiso"))
                .args([
                    "webhooks",
                    "listen",
                    "--addr",
                    "127.0.0.1:0",
                    "--secret",
                    SECRET,
                    "--out",
                ])
                .arg(&out),
        );
        let l = runtime.block_on(load(server.1, events, round));
        stop(server.0);
        let stored = std::fs::read_to_string(&out).unwrap().lines().count();
        assert_eq!(stored, events, "the listener stored {stored} of {events}");
        println!(
            "round {round}: baseline {:.0} ev/s p99 {:.2} ms | listen {:.0} ev/s p99 {:.2} ms | ratio {:.2}",
            b.0,
            b.1,
            l.0,
            l.1,
            l.0 / b.0
        );
        base.push(b);
        listen.push(l);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (mut bt, mut bp): (Vec<f64>, Vec<f64>) = base.into_iter().unzip();
    let (mut lt, mut lp): (Vec<f64>, Vec<f64>) = listen.into_iter().unzip();
    let (bt, bp, lt, lp) = (
        median(&mut bt),
        median(&mut bp),
        median(&mut lt),
        median(&mut lp),
    );
    println!(
        "median: baseline {bt:.0} ev/s p99 {bp:.2} ms | listen {lt:.0} ev/s p99 {lp:.2} ms | ratio {:.2}",
        lt / bt
    );
}

fn spawn(cmd: &mut Command) -> (Child, SocketAddr) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .trim_start_matches("listening on http://")
        .parse()
        .unwrap();
    (child, addr)
}

fn stop(mut child: Child) {
    // SAFETY: kill(2) on our own child, not reaped yet.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    child.wait().unwrap();
}

/// `events` distinct events from 8 senders; (events/s, p99 ms).
async fn load(addr: SocketAddr, events: usize, round: usize) -> (f64, f64) {
    let client = reqwest::Client::new();
    let url = format!("http://{addr}/voiso");
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let started = Instant::now();
    let senders = (0..SENDERS).map(|_| {
        let (client, url, next) = (client.clone(), url.clone(), Arc::clone(&next));
        tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= events {
                    return latencies;
                }
                let body = format!(
                    r#"{{"event":"inbound.call.answered","object":"call","timestamp":"2024-08-14T10:43:54Z","secret":"{SECRET}","contact_center_id":"12345054-2f06-476d-93a1-ae22bd3db4d7","data":{{"id":"call-{round}-{i}","type":"inbound","duration":{{"total":16,"queue_time":16}},"queue":"Sales Queue","calling_number":"1234567898","called_number":"23456957701","agent":{{"id":13242,"name":"Mary Louis","email":"ml@example.com","extension":"2584"}}}}}}"#
                );
                let sent = Instant::now();
                let status = client.post(&url).body(body).send().await.unwrap().status();
                assert_eq!(status.as_u16(), 200);
                latencies.push(sent.elapsed());
            }
        })
    });
    let mut latencies: Vec<Duration> = Vec::new();
    for sender in senders.collect::<Vec<_>>() {
        latencies.extend(sender.await.unwrap());
    }
    let wall = started.elapsed().as_secs_f64();
    latencies.sort();
    let p99 = latencies[(latencies.len() * 99 / 100).min(latencies.len() - 1)];
    (events as f64 / wall, p99.as_secs_f64() * 1000.0)
}

/// The reference: read the body, append it and fsync, answer 200. No
/// verification, no dedup, no batching (each request its own fsync,
/// concurrent ones in parallel on the blocking pool).
fn serve_baseline(out: &str) {
    let file = Arc::new(
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(out)
            .unwrap(),
    );
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async move {
        let app = axum::Router::new().route(
            "/voiso",
            axum::routing::post(move |body: axum::body::Bytes| {
                let file = Arc::clone(&file);
                async move {
                    tokio::task::spawn_blocking(move || {
                        let mut line = body.to_vec();
                        line.push(b'\n');
                        (&*file).write_all(&line)?;
                        file.sync_data()
                    })
                    .await
                    .unwrap()
                    .map(|()| axum::http::StatusCode::OK)
                    .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR)
                }
            }),
        );
        let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        println!("listening on http://{}", tcp.local_addr().unwrap());
        std::io::stdout().flush().unwrap();
        let stop = async {
            let mut term =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).unwrap();
            term.recv().await;
        };
        axum::serve(tcp, app)
            .with_graceful_shutdown(stop)
            .await
            .unwrap();
    });
}
