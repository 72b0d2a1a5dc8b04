//! Lists the webhook failures of the last N hours (default 24), newest first.
//!
//! ```sh
//! VOISO_API_KEY=... VOISO_CLUSTER_ID=cc-xxx01 cargo run -p voiso --example list -- 48
//! ```

use futures::StreamExt;

#[tokio::main]
async fn main() -> Result<(), voiso::Error> {
    let hours: i64 = std::env::args()
        .nth(1)
        .and_then(|h| h.parse().ok())
        .unwrap_or(24);
    let client = voiso::Client::from_env()?;
    let since = chrono::Utc::now() - chrono::Duration::hours(hours);
    let mut failures = client
        .webhook_failures()
        .list()
        .created_since(since)
        .concurrency(4)
        .stream();
    let mut count = 0;
    while let Some(failure) = failures.next().await {
        let failure = failure?;
        count += 1;
        println!(
            "{}  {:<9} {:<20} {}  {}",
            failure.created_at.to_rfc3339(),
            failure.status,
            failure.event,
            failure.webhook.name,
            failure.reason.as_deref().unwrap_or("-"),
        );
    }
    eprintln!("{count} failures in the last {hours} h");
    Ok(())
}
