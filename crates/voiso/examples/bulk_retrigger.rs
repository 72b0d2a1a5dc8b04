//! Retriggers every inactive failure of the last N hours (default 24),
//! printing progress; Ctrl-C stops starting new ones and lets those in
//! flight finish.
//!
//! ```sh
//! VOISO_API_KEY=... VOISO_CLUSTER_ID=cc-xxx01 cargo run -p voiso --example bulk_retrigger -- 6
//! ```

use futures::StreamExt;
use voiso::{RetriggerFilter, RetriggerOutcome, RetriggerSummary};

#[tokio::main]
async fn main() -> Result<(), voiso::Error> {
    let hours: i64 = std::env::args()
        .nth(1)
        .and_then(|h| h.parse().ok())
        .unwrap_or(24);
    let client = voiso::Client::from_env()?;
    let filter =
        RetriggerFilter::new().created_since(chrono::Utc::now() - chrono::Duration::hours(hours));
    let stop = async {
        let _ = tokio::signal::ctrl_c().await;
        eprintln!("stopping: waiting for retriggers in flight");
    };
    let mut outcomes = client
        .webhook_failures()
        .retrigger_matching(filter)
        .concurrency(8)
        .until(stop)
        .stream();
    let mut summary = RetriggerSummary::default();
    while let Some(item) = outcomes.next().await {
        summary.record(&item);
        match &item {
            Ok(item) => {
                let what = match &item.outcome {
                    RetriggerOutcome::Retriggered(_) => "retriggered".to_string(),
                    RetriggerOutcome::AlreadyPending => "already pending".to_string(),
                    RetriggerOutcome::NotFound => "not found".to_string(),
                    RetriggerOutcome::Failed(error) => format!("failed: {error}"),
                    _ => "unknown outcome".to_string(),
                };
                eprintln!("[{:>5}] {} {what}", summary.total(), item.id);
            }
            Err(error) => eprintln!("listing stopped: {error}"),
        }
    }
    println!(
        "retriggered {}, already pending {}, not found {}, failed {}",
        summary.retriggered,
        summary.already_pending,
        summary.not_found,
        summary.failed.len()
    );
    Ok(())
}
