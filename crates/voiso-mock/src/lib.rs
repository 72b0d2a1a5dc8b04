//! A local Voiso server with the API's real behaviour: scoped keys, a
//! deterministic data set, paging and date filters, retriggers that conflict
//! and resolve, rate limits and injected faults.
//!
//! Every operation of `openapi/voiso.yaml` is served under `/api/v4/`: the
//! router is built from the generated table (`voiso_api::Operation::ALL`,
//! its paths and methods), and each request's key is checked against the
//! operation's scope in that table. The default key, `demo-key`, holds every
//! scope of the table. What a test can rely on:
//!
//! - A missing or unknown bearer key is 401, then an empty rate-limit bucket
//!   is 429 (with `Retry-After` in seconds), then a key without the
//!   operation's scope is 403 `{"error":"Forbidden"}`. Unknown paths are 404
//!   `{"error":"Not found"}` without any key; known paths with another
//!   method are 405.
//! - The data follow the seed: 40 users with UUID IDs (about one agent in
//!   four not available for calls), queues 1 to 6 and their users, canned
//!   messages, and 16 campaigns (integer IDs) covering all 11 documented
//!   statuses, several `active`. Offset lists take `limit` (1 to 100),
//!   `offset` and the documented filters, and count `metadata.total`.
//! - `pauseCampaign` turns an `active` campaign `paused` and answers the
//!   bare campaign object; any other status is 409 with `errors.status`.
//! - `addCampaignLeads` takes 1 to 1000 leads (else 422) in any campaign
//!   status: numbers that are not 7 to 15 digits are `rejected`, numbers
//!   already in the campaign `duplicates`, the rest `created`. An import
//!   within 2 s of the campaign's last accepted one is 409.
//! - `startCall` takes a listed user's UUID as `user_id` (an integer is 422
//!   `errors.user_id`, no mapping being documented); an unknown or
//!   unavailable agent is 422 `errors.user`, a bad number 422
//!   `errors.phone_number`; otherwise `{"call": {"id": "..."}}`, and the
//!   call is the newest CDR from then on.
//! - `listCdrs` serves [`MockConfig::cdrs`] records (default 10,000),
//!   computed from the seed and their index, newest first over the 30 days
//!   before the anchor, in a contact center's weekly rhythm. A valid
//!   `cursor` (the opaque `metadata.next_cursor`, null on the last page)
//!   wins over `offset` and keeps working while calls are added on top;
//!   without one, offset paging reaches the first 10,000 records only and
//!   an offset past them is 400. Filters: `started_at[gte|lt]`,
//!   `ended_at[gte|lt]`, `type`; `limit` 1 to 1000 (default 100).
//! - `GET /_mock/state` (no key, never faulted or lost) shows campaigns
//!   (`id`, `status`, `leads` count, accepted `imports` with `at` and
//!   `count`), started `calls` (`id`, `user_id`, `phone_number`) and
//!   `agents` (`user_id`, `available`), as [`MockServer::state`].
//! - Only an `inactive` failure can be retriggered: it turns `pending` and,
//!   after [`MockConfig::delivery_delay`], `delivered` (with probability
//!   [`MockConfig::delivery_success`]) or `inactive` again with a reason.
//!   Anything else is 409 with an `errors` body. Failures generated
//!   `pending` stay so: Voiso is still retrying them.
//! - Date filters (`created_at[gte]`, `created_at[lt]`) take RFC 3339 and
//!   the ISO 8601 a Rails server sends: `2026-11-28T22:07:49.000000+0000`,
//!   `…-0130`, `…+01`, fractions of any precision. A date alone, a time
//!   without an offset or an out-of-range value is 400 naming the parameter.
//! - Injected faults (500, 502 with an HTML body, 503) are drawn before any
//!   state is read, so a faulted retrigger never counts.
//! - Lost replies ([`MockConfig::lost_reply_rate`]) are the opposite: the
//!   request is applied in full (a retrigger counts, its delivery is
//!   scheduled), whatever its status, even a 4xx, and then the client gets
//!   one of, equally likely: a TCP reset before any byte of the answer (a
//!   transport error); a 502 or 504 nginx HTML page; or nothing for
//!   [`MockConfig::lost_reply_stall`], then a 504 page. Every `/api/v4/`
//!   operation can lose its reply; `/_mock/*`, unknown paths and 405s never
//!   do. Which replies are lost follows the seed, on its own random stream.
//! - With [`MockConfig::commit_delay`] above zero, a request whose reply is
//!   lost is applied that long after the loss instead of before it, so a
//!   client's read-back can run before the late commit lands.
//! - Fault flags for pagers and clocks: [`MockConfig::page_cap`] (every list
//!   answers at most N items a page, `metadata.total` true),
//!   [`MockConfig::cdr_total_cap`] (a CDR page's total capped while its
//!   cursor goes on) and [`MockConfig::clock_skew`] (every time stamped at
//!   run time is off by that much).
//! - `GET /_mock/stats` (no key, never faulted) counts API requests, injected
//!   faults, 429s, lost replies and late commits, so a benchmark can show how
//!   hard a client pushed.
//! - With [`MockConfig::webhook_delivery`] (`--webhook-url`), events are
//!   delivered for real: see [`WebhookDelivery`]. `GET /_mock/deliveries`
//!   (no key, never faulted) reports each event's attempts, their kind
//!   (`first`, `retry`, `retrigger`), outcome and reason (`HTTP 503`,
//!   `Connection refused`, `Timeout`, ...), its state and failure ID, and a
//!   `summary` ([`DeliverySummary`]). A retrigger of one of these failures
//!   re-sends its body for real; seeded failures stay simulated.
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

#![forbid(unsafe_code)]

/// A generated type built from struct-literal syntax through its builder.
/// Outside `voiso-api` the generated types are `#[non_exhaustive]`, so only
/// their builders can make them; a required field left out is a bug in the
/// mock's own data, found by the first test that builds the value.
macro_rules! build {
    ($ty:path { $($field:ident $(: $value:expr)?),* $(,)? }) => {{
        let built: ::std::result::Result<$ty, _> = <$ty>::builder()
            $(.$field(build!(@value $field $($value)?)))*
            .try_into();
        built.expect(concat!("the mock builds a valid ", stringify!($ty)))
    }};
    (@value $field:ident $value:expr) => { $value };
    (@value $field:ident) => { $field };
}

mod auth;
mod cdr;
mod center;
mod clock;
mod config;
mod delivery;
mod faults;
mod handlers;
mod iso8601;
mod killable;
mod lost;
mod ops;
mod rate_limit;
mod seed;
mod server;
mod stats;
mod store;
mod wire;

pub use cdr::{CdrLayout, CdrShape};
pub use center::CAMPAIGN_STATUSES;
pub use config::{
    ApiKey, ConfigError, DEFAULT_CDRS, DEFAULT_KEY, MAX_CDRS, MAX_CLOCK_SKEW_S,
    MAX_COMMIT_DELAY_MS, MAX_FAILURES, MockArgs, MockConfig, SCOPE_MANAGE, SCOPE_READ, all_scopes,
};
pub use config::{DEFAULT_WEBHOOK_SECRET, MAX_EVENTS_PER_S, WebhookDelivery};
pub use delivery::DeliverySummary;
pub use seed::{STATUS_DELIVERED, STATUS_INACTIVE, STATUS_PENDING};
pub use server::{MockServer, serve};
pub use stats::RequestStats;
