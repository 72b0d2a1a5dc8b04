//! An ergonomic client for [Voiso](https://developers.voiso.com/)'s
//! contact-center API: webhook failures and the webhooks they belong to.
//!
//! It wraps the generated [`voiso_api`] client and adds what a generator
//! cannot know: the host and key, timeouts, retries with backoff and a retry
//! quota, paging that neither skips nor repeats, bulk retrigger under rate
//! limits, typed errors, and one tracing span per request.
//!
//! # Quick start
//!
//! ```no_run
//! use futures::TryStreamExt;
//!
//! # async fn run() -> Result<(), voiso::Error> {
//! // VOISO_API_KEY, and VOISO_CLUSTER_ID (e.g. `cc-xxx01`) or VOISO_BASE_URL.
//! let client = voiso::Client::from_env()?;
//!
//! let since = chrono::Utc::now() - chrono::Duration::days(1);
//! let failures: Vec<voiso::WebhookFailure> = client
//!     .webhook_failures()
//!     .list()
//!     .created_since(since)
//!     .stream()
//!     .try_collect()
//!     .await?;
//!
//! for failure in &failures {
//!     println!("{} {} {}", failure.id, failure.status, failure.webhook.name);
//! }
//! if let Some(first) = failures.first() {
//!     match client.webhook_failures().retrigger(&first.id).await? {
//!         voiso::Retriggered::FailedAgain(f) => println!("failed again: {:?}", f.reason),
//!         other => println!("retriggered: {:?}", other.failure().map(|f| &f.status)),
//!     }
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Errors
//!
//! Every operation returns [`Error`]; [`Error::is_retryable`] and
//! [`Error::status`] classify it. The API key never appears in an error,
//! `Debug` output or a log line.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod areas;
mod auth;
mod bulk;
mod client;
mod config;
mod error;
pub mod events;
mod ids;
mod model;
mod pacing;
mod paging;
mod request;
mod retry;
mod runtime;
mod target;

#[cfg(test)]
mod layers_test;

pub use areas::calls::{Calls, StartCall};
pub use areas::campaigns::{
    Campaigns, IMPORT_SPACING, LEAD_PRIORITY_MAX, LEAD_PRIORITY_MIN, LeadsAdded, ListCampaigns,
    MAX_LEADS, Paused,
};
pub use areas::canned_messages::{CannedMessages, ListCannedMessages};
pub use areas::cdrs::{Cdrs, ListCdrs, MAX_CDR_LIMIT, MAX_CDR_OFFSET};
pub use areas::queues::{ListQueueUsers, Queues};
pub use areas::users::{ListUsers, Users};
pub use areas::webhook_failures::{
    CLOCK_SKEW, IntoRetrigger, ListWebhookFailures, RetriggerState, Retriggered, WebhookFailures,
};
pub use areas::webhooks::{ListWebhooks, Webhooks};
pub use auth::ApiKey;
pub use bulk::{
    BulkRetrigger, RetriggerFilter, RetriggerItem, RetriggerOutcome, RetriggerSummary,
    RetriggerTarget,
};
pub use client::Client;
pub use config::{ClientBuilder, USER_AGENT_VALUE};
pub use error::{ConfigError, Error, TransportError};
/// The `http` crate's method type, as [`Client::request`] takes it.
pub use http::Method;
/// The `http` crate's status type, as [`Error::status`] returns it.
pub use http::StatusCode;
pub use ids::{CallId, CampaignId, IntoId, QueueId, UserId, WebhookFailureId, WebhookId};
pub use model::{
    Campaign, CampaignStatus, CannedMessage, Cdr, CdrId, CdrType, Lead, LeadSource, Page, Queue,
    TeamRef, User, Webhook, WebhookFailure, WebhookFailureStatus, WebhookRef,
};
pub use paging::{CursorPage, List};
pub use request::{Request, Response};
pub use retry::RetryPolicy;
/// Every operation of the API, generated from the spec with its scope,
/// paging style and retry class.
pub use voiso_api::{Operation, Paging, RetryClass};

/// The README's Rust example compiles: `cargo test --doc` checks it.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;
