//! The benchmark's reference: the least an axum server can do for a GET, a
//! constant JSON body of a given size. `benches/compare.sh` loads it and
//! `voiso-mock` in the same run.

use std::net::SocketAddr;

use axum::Router;
use axum::body::Bytes;
use axum::http::header;
use axum::routing::get;
use clap::Parser;

#[derive(Debug, Parser)]
#[command(name = "voiso-mock-baseline")]
struct Cli {
    #[arg(long, default_value = "127.0.0.1:0")]
    addr: SocketAddr,
    /// Size of the body in bytes (that of the mock's answer under test).
    #[arg(long, default_value_t = 350)]
    bytes: usize,
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    let body = Bytes::from(constant_body(cli.bytes));
    let app = Router::new().route(
        "/{*path}",
        get(move || {
            let body = body.clone();
            async move { ([(header::CONTENT_TYPE, "application/json")], body) }
        }),
    );
    let listener = tokio::net::TcpListener::bind(cli.addr).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

/// `{"x":"aaaa…"}` padded to exactly `bytes` (at least the 8 bytes of the
/// empty form).
fn constant_body(bytes: usize) -> Vec<u8> {
    let padding = bytes.saturating_sub(br#"{"x":""}"#.len());
    let mut body = br#"{"x":""#.to_vec();
    body.resize(body.len() + padding, b'a');
    body.extend_from_slice(br#""}"#);
    body
}
