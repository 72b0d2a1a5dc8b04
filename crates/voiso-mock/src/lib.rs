//! A local Voiso server with the API's real behaviour: scoped keys, a
//! deterministic data set, paging and date filters, retriggers that conflict
//! and resolve, rate limits and injected faults.
//!
//! Every operation of `openapi/voiso.yaml` is served under `/api/v4/`. What a
//! test can rely on:
//!
//! - A missing or unknown bearer key is 401, then an empty rate-limit bucket
//!   is 429 (with `Retry-After` in seconds), then a key without the
//!   operation's scope is 403. Unknown paths are 404 `{"error":"Not found"}`
//!   without any key; known paths with another method are 405.
//! - Only an `inactive` failure can be retriggered: it turns `pending` and,
//!   after [`MockConfig::delivery_delay`], `delivered` (with probability
//!   [`MockConfig::delivery_success`]) or `inactive` again with a reason.
//!   Anything else is 409 with an `errors` body. Failures generated
//!   `pending` stay so: Voiso is still retrying them.
//! - Injected faults (500, 502 with an HTML body, 503) are drawn before any
//!   state is read, so a faulted retrigger never counts.
//! - `GET /_mock/stats` (no key, never faulted) counts API requests, injected
//!   faults and 429s, so a benchmark can show how hard a client pushed.
//! - `GET /_mock/retriggers` (no key, never faulted) maps each failure ID to
//!   its number of successful retriggers, as [`MockServer::retrigger_counts`].
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let server = voiso_mock::MockServer::start(voiso_mock::MockConfig::default()).await?;
//! let url = format!("{}/api/v4/tasks/webhook_failures", server.base_url());
//! // ... send requests with `Authorization: Bearer demo-key` ...
//! assert!(server.retrigger_counts().is_empty());
//! server.shutdown().await;
//! # let _ = url;
//! # Ok(())
//! # }
//! ```

mod auth;
mod config;
mod delivery;
mod faults;
mod handlers;
mod rate_limit;
mod seed;
mod server;
mod stats;
mod store;
mod wire;

pub use config::{
    ApiKey, ConfigError, DEFAULT_KEY, MAX_FAILURES, MockArgs, MockConfig, SCOPE_MANAGE, SCOPE_READ,
};
pub use seed::{STATUS_DELIVERED, STATUS_INACTIVE, STATUS_PENDING};
pub use server::{MockServer, serve};
pub use stats::RequestStats;

/// The server's clock, at millisecond precision like most Voiso timestamps.
fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::DurationRound;
    let now = chrono::Utc::now();
    now.duration_trunc(chrono::TimeDelta::milliseconds(1))
        .unwrap_or(now)
}
