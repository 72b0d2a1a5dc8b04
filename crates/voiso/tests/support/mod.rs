//! A raw HTTP/1.1 server on 127.0.0.1 whose every answer a test scripts,
//! down to resets mid-body.

#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const SENTINEL_KEY: &str = "sk-SENTINEL-7f3a9c";

/// What the server saw.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    /// Path and query, exactly as sent.
    pub target: String,
    pub headers: Vec<(String, String)>,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }

    /// A decoded query parameter.
    pub fn query(&self, name: &str) -> Option<String> {
        let url = reqwest::Url::parse(&format!("http://x{}", self.target)).ok()?;
        url.query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    }
}

/// How to answer one request.
#[derive(Debug, Clone)]
pub enum Reply {
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Announces `declared` bytes, sends `body`, then resets the connection.
    ResetMidBody {
        declared: usize,
        body: Vec<u8>,
    },
    Delay(Duration, Box<Reply>),
    /// `size` bytes of JSON-ish filler, streamed (never held in memory);
    /// chunked when `declared` is false.
    Huge {
        status: u16,
        size: u64,
        declared: bool,
    },
    /// Reads the request and never answers.
    Silent,
}

impl Reply {
    pub fn json(status: u16, body: impl Into<String>) -> Reply {
        Reply::Full {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.into().into_bytes(),
        }
    }

    pub fn with_header(self, name: &str, value: &str) -> Reply {
        match self {
            Reply::Full {
                status,
                mut headers,
                body,
            } => {
                headers.push((name.into(), value.into()));
                Reply::Full {
                    status,
                    headers,
                    body,
                }
            }
            other => other,
        }
    }

    pub fn html(status: u16) -> Reply {
        Reply::Full {
            status,
            headers: vec![("content-type".into(), "text/html".into())],
            body: b"<html><body><h1>Bad Gateway</h1></body></html>".to_vec(),
        }
    }

    pub fn empty(status: u16) -> Reply {
        Reply::Full {
            status,
            headers: vec![],
            body: vec![],
        }
    }
}

/// Every log line of the test binary, at every level: installed as the
/// global subscriber before the first server starts, so the sentinel check
/// covers what all tests logged.
pub fn logs() -> String {
    String::from_utf8_lossy(&LOGS.lock().unwrap()).into_owned()
}

static LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());

struct LogWriter;

impl std::io::Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        LOGS.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
            .with_writer(|| LogWriter)
            .finish();
        tracing::subscriber::set_global_default(subscriber).unwrap();
    });
}

type Handler = dyn Fn(&Seen, usize) -> Reply + Send + Sync;

pub struct Server {
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// `handler` gets the request and its 0-based index among all requests.
    pub async fn start(handler: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static) -> Server {
        capture_logs();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let count = Arc::new(AtomicUsize::new(0));
        let log = seen.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let handler = handler.clone();
                let log = log.clone();
                let count = count.clone();
                tokio::spawn(async move {
                    serve_one(stream, handler, log, count).await;
                });
            }
        });
        Server { url, seen, task }
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.seen.lock().unwrap().len()
    }
}

async fn serve_one(
    mut stream: TcpStream,
    handler: Arc<Handler>,
    log: Arc<Mutex<Vec<Seen>>>,
    count: Arc<AtomicUsize>,
) {
    let Some(seen) = read_head(&mut stream).await else {
        return;
    };
    let index = count.fetch_add(1, Ordering::SeqCst);
    log.lock().unwrap().push(seen.clone());
    let reply = handler(&seen, index);
    write_reply(&mut stream, reply).await;
}

async fn read_head(stream: &mut TcpStream) -> Option<Seen> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let end = loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos;
        }
    };
    let head = String::from_utf8_lossy(&buf[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_string();
    let target = first.next()?.to_string();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some(Seen {
        method,
        target,
        headers,
    })
}

fn write_reply(stream: &mut TcpStream, reply: Reply) -> futures::future::BoxFuture<'_, ()> {
    Box::pin(async move {
        match reply {
            Reply::Delay(wait, reply) => {
                tokio::time::sleep(wait).await;
                write_reply(stream, *reply).await;
            }
            Reply::Full {
                status,
                headers,
                body,
            } => {
                let mut head = format!(
                    "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n",
                    body.len()
                );
                for (name, value) in headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str("\r\n");
                let _ = stream.write_all(head.as_bytes()).await;
                let _ = stream.write_all(&body).await;
                let _ = stream.shutdown().await;
            }
            Reply::Silent => std::future::pending::<()>().await,
            Reply::Huge {
                status,
                size,
                declared,
            } => {
                let length = if declared {
                    format!("content-length: {size}\r\n")
                } else {
                    "transfer-encoding: chunked\r\n".to_string()
                };
                let head = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n{length}connection: close\r\n\r\n"
                );
                if stream.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = vec![b' '; 64 * 1024];
                let mut sent = 0u64;
                while sent < size {
                    let n = (size - sent).min(chunk.len() as u64) as usize;
                    let wrote = if declared {
                        stream.write_all(&chunk[..n]).await
                    } else {
                        let framed =
                            [format!("{n:x}\r\n").as_bytes(), &chunk[..n], b"\r\n"].concat();
                        stream.write_all(&framed).await
                    };
                    if wrote.is_err() {
                        // The client dropped the connection: what a cap should do.
                        return;
                    }
                    sent += n as u64;
                }
                if !declared {
                    let _ = stream.write_all(b"0\r\n\r\n").await;
                }
            }
            Reply::ResetMidBody { declared, body } => {
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\n\r\n"
                );
                let _ = stream.write_all(head.as_bytes()).await;
                let _ = stream.write_all(&body).await;
                let _ = stream.flush().await;
                tokio::time::sleep(Duration::from_millis(20)).await;
                // SO_LINGER 0: closing sends RST instead of FIN. A zero
                // linger never blocks the thread, which is the deprecation's worry.
                #[allow(deprecated)]
                let _ = stream.set_linger(Some(Duration::ZERO));
            }
        }
    })
}

pub fn failure_json(id: &str, status: &str, created_at: &str) -> serde_json::Value {
    serde_json::json!({
        "id": id,
        "event": "call.ended",
        "status": status,
        "reason": "Connection timeout",
        "webhook": {"id": "0b97ce11-b6e0-49b4-8f92-68040aa324bf", "name": "CRM call events"},
        "last_attempt_at": "2026-03-15T10:32:14Z",
        "created_at": created_at,
        "updated_at": "2026-03-15T10:32:14Z"
    })
}

pub fn envelope(id: &str, status: &str) -> String {
    serde_json::json!({"webhook_failure": failure_json(id, status, "2026-03-15T10:00:00Z")})
        .to_string()
}

pub fn webhook_envelope(id: &str) -> String {
    serde_json::json!({"webhook": {"id": id, "name": "CRM call events"}}).to_string()
}

pub fn fast_retries() -> voiso::RetryPolicy {
    voiso::RetryPolicy::default()
        .with_max_attempts(3)
        .with_base_delay(Duration::from_millis(5))
        .with_max_delay(Duration::from_millis(50))
        .with_quota_capacity(500)
}

pub fn client(server: &Server) -> voiso::Client {
    client_with(server, fast_retries())
}

pub fn client_with(server: &Server, retry: voiso::RetryPolicy) -> voiso::Client {
    voiso::Client::builder()
        .api_key(SENTINEL_KEY)
        .base_url(&server.url)
        .request_timeout(Duration::from_millis(500))
        .retry_policy(retry)
        // These servers answer or drop at once: nothing is left in flight.
        .settle_interval(Duration::from_millis(10))
        .build()
        .unwrap()
}
