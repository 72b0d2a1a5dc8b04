//! What a mock server is started with: [`MockConfig`] for the library,
//! [`MockArgs`] for the command line (the `voiso-mock` binary and `voiso mock`).

use std::collections::BTreeSet;
use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};

use crate::cdr::{CdrLayout, CdrShape};

/// The scope that webhook-failure lists and gets need (as
/// `voiso_api::Operation::ListWebhookFailures.scope()`); kept for tests
/// that build a read-only key. Routing takes every scope from the table.
pub const SCOPE_READ: &str = "tasks.webhooks.read";
/// The scope that retriggering needs (as
/// `voiso_api::Operation::RetriggerWebhookFailure.scope()`).
pub const SCOPE_MANAGE: &str = "tasks.webhooks.manage";
/// The key a server accepts when it is given none.
pub const DEFAULT_KEY: &str = "demo-key";
/// More failures than this would only make the mock slow to start and big in
/// memory; no test needs them.
pub const MAX_FAILURES: usize = 100_000;
/// CDRs are computed, never stored, so many cost nothing but a number.
pub const MAX_CDRS: u64 = 100_000_000;
/// How many CDRs a server computes when not told.
pub const DEFAULT_CDRS: u64 = 10_000;
/// A late commit further off than this would outlive any client's wait
/// and most tests; no test needs more.
pub const MAX_COMMIT_DELAY_MS: u64 = 600_000;
/// A skew beyond a year tests nothing a year does not, and keeps every
/// stamped time far from chrono's range.
pub const MAX_CLOCK_SKEW_S: i64 = 366 * 86_400;

/// Why a configuration was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid key {0:?}: expected TOKEN:SCOPE[,SCOPE...]")]
    KeyFormat(String),
    #[error("invalid key token {0:?}: it must be non-empty printable ASCII without spaces")]
    KeyToken(String),
    #[error("invalid scope {0:?}: expected <area>[.<resource>].<read|manage>")]
    Scope(String),
    #[error("duplicate key token {0:?}")]
    DuplicateKey(String),
    #[error("{name} must be a number from 0 to 1, got {value}")]
    Fraction { name: &'static str, value: f64 },
    #[error("failures must be at most {MAX_FAILURES}, got {0}")]
    TooManyFailures(usize),
    #[error("cdrs must be at most {MAX_CDRS}, got {0}")]
    TooManyCdrs(u64),
    #[error("commit-delay-ms must be at most {MAX_COMMIT_DELAY_MS}, got {0}")]
    CommitDelay(u64),
    #[error(
        "commit-delay-ms delays only the requests whose answer is lost: \
         give lost-reply-rate above 0 too, or leave commit-delay-ms at 0"
    )]
    CommitDelayWithoutLoss,
    #[error("page-cap must be at least 1 (a page that holds no item ends a list at once), got 0")]
    PageCap,
    #[error(
        "cdr-total-cap caps the pages' metadata.total, which cdr-no-total leaves out: \
         give one or the other"
    )]
    CdrTotalCapWithoutTotal,
    #[error("clock-skew-s must be from -{MAX_CLOCK_SKEW_S} to {MAX_CLOCK_SKEW_S} seconds, got {0}")]
    ClockSkew(i64),
    #[error(
        "webhook-url must be an http:// URL on this machine (127.0.0.1, [::1] or localhost): \
         the mock never sends events elsewhere; got {0:?}"
    )]
    WebhookUrl(String),
    #[error("{0} only applies to real deliveries: give --webhook-url too")]
    DeliveryWithoutUrl(&'static str),
    #[error("events-per-s must be above 0 and at most {MAX_EVENTS_PER_S}, got {0}")]
    EventsPerSecond(f64),
    #[error("delivery-timeout-ms must be at least 1")]
    DeliveryTimeout,
}

/// A faster stream tests nothing a slower one does not, and keeps one
/// delivery task per event within reason.
pub const MAX_EVENTS_PER_S: f64 = 10_000.0;
/// The secret generated events carry when none is given.
pub const DEFAULT_WEBHOOK_SECRET: &str = "demo-webhook-secret";

/// Real webhook deliveries ([`MockConfig::webhook_delivery`]): generated
/// events POSTed to a local endpoint with the documented envelope, the
/// secret in the body and the webhook's headers. Success is HTTP 200 within
/// [`WebhookDelivery::timeout`], anything else a failed attempt; after
/// five, spaced by [`WebhookDelivery::retry_delay`] (Voiso's schedule is
/// not documented), the event is an inactive webhook failure that only a
/// retrigger sends again.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct WebhookDelivery {
    /// Where every webhook points (loopback `http://` only).
    pub url: String,
    /// How many events to generate.
    pub events: u64,
    /// How fast (events per second).
    pub events_per_s: f64,
    /// The `secret` in every body.
    pub secret: String,
    /// An attempt with no 200 within this long failed (`Timeout`).
    pub timeout: Duration,
    /// Between automatic attempts of one event.
    pub retry_delay: Duration,
}

impl WebhookDelivery {
    /// 100 events at 10 a second to `url`, with the default secret.
    pub fn new(url: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            events: 100,
            events_per_s: 10.0,
            secret: DEFAULT_WEBHOOK_SECRET.to_owned(),
            timeout: Duration::from_millis(5000),
            retry_delay: Duration::from_millis(1000),
        }
    }

    pub fn events(mut self, events: u64, per_second: f64) -> Self {
        self.events = events;
        self.events_per_s = per_second;
        self
    }

    pub fn secret(mut self, secret: impl Into<String>) -> Self {
        self.secret = secret.into();
        self
    }

    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub fn retry_delay(mut self, delay: Duration) -> Self {
        self.retry_delay = delay;
        self
    }

    fn validate(&self) -> Result<(), ConfigError> {
        if !is_loopback_http(&self.url) {
            return Err(ConfigError::WebhookUrl(self.url.clone()));
        }
        if !(self.events_per_s > 0.0 && self.events_per_s <= MAX_EVENTS_PER_S) {
            return Err(ConfigError::EventsPerSecond(self.events_per_s));
        }
        if self.timeout.is_zero() {
            return Err(ConfigError::DeliveryTimeout);
        }
        Ok(())
    }
}

fn is_loopback_http(url: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(url) else {
        return false;
    };
    let host = url.host_str().unwrap_or_default();
    let host = host.trim_start_matches('[').trim_end_matches(']');
    url.scheme() == "http"
        && (host.eq_ignore_ascii_case("localhost")
            || host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback()))
}

/// An API key the server accepts, and the scopes it grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    token: String,
    scopes: BTreeSet<String>,
}

impl ApiKey {
    /// A key with the given scopes. Scopes follow Voiso's
    /// `<area>[.<resource>].<read|manage>` form (`users.read`,
    /// `tasks.webhooks.manage`); scopes no operation needs are allowed, so
    /// a test can build a key that authenticates but lacks a scope.
    pub fn new<I, S>(token: impl Into<String>, scopes: I) -> Result<Self, ConfigError>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let token = token.into();
        // The token travels in an HTTP header: anything else could never match.
        if token.is_empty() || !token.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(ConfigError::KeyToken(token));
        }
        let scopes = scopes
            .into_iter()
            .map(Into::into)
            .map(|s: String| {
                if valid_scope(&s) {
                    Ok(s)
                } else {
                    Err(ConfigError::Scope(s))
                }
            })
            .collect::<Result<_, _>>()?;
        Ok(Self { token, scopes })
    }

    /// `demo-key` with every scope an operation of the spec needs
    /// (`voiso_api::Operation::ALL`).
    pub fn demo() -> Self {
        Self {
            token: DEFAULT_KEY.to_owned(),
            scopes: all_scopes().map(str::to_owned).collect(),
        }
    }

    /// The bearer token.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The scopes granted.
    pub fn scopes(&self) -> impl Iterator<Item = &str> {
        self.scopes.iter().map(String::as_str)
    }

    /// Whether the key grants `scope`.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.contains(scope)
    }
}

/// Every scope the operations of the spec need, each once.
pub fn all_scopes() -> impl Iterator<Item = &'static str> {
    voiso_api::Operation::ALL
        .iter()
        .map(|op| op.scope())
        .collect::<BTreeSet<_>>()
        .into_iter()
}

fn valid_scope(scope: &str) -> bool {
    let parts: Vec<&str> = scope.split('.').collect();
    match parts.as_slice() {
        [area, "read" | "manage"] => is_scope_word(area),
        [area, resource, "read" | "manage"] => is_scope_word(area) && is_scope_word(resource),
        _ => false,
    }
}

fn is_scope_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// `TOKEN:SCOPE[,SCOPE...]`, the form of `--key`. The token is everything
/// before the last colon, so a token may itself hold colons.
impl FromStr for ApiKey {
    type Err = ConfigError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (token, scopes) = s
            .rsplit_once(':')
            .ok_or_else(|| ConfigError::KeyFormat(s.to_owned()))?;
        if scopes.is_empty() {
            return Err(ConfigError::KeyFormat(s.to_owned()));
        }
        Self::new(token, scopes.split(','))
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scopes: Vec<&str> = self.scopes().collect();
        write!(f, "{}:{}", self.token, scopes.join(","))
    }
}

/// Everything a [`crate::MockServer`] is started with.
///
/// The same `seed`, `failures` and `anchor` give the same data.
#[derive(Debug, Clone)]
pub struct MockConfig {
    /// Where to listen; the default, `127.0.0.1:0`, picks a free port.
    pub addr: SocketAddr,
    /// Seeds the generated data and the simulated delivery outcomes.
    pub seed: u64,
    /// How many webhook failures to generate.
    pub failures: usize,
    /// Keys the server accepts.
    pub keys: Vec<ApiKey>,
    /// Requests per second per key (also the burst); 0 turns limiting off.
    pub rate_limit: u32,
    /// Fraction of API requests answered 500, 502 or 503 before any state is read.
    pub fault_rate: f64,
    /// Fraction of API requests applied in full whose answer is then lost:
    /// a connection reset, a 502 or 504 HTML page, or a stall then a 504.
    pub lost_reply_rate: f64,
    /// How long a stalled lost reply waits before its 504.
    pub lost_reply_stall: Duration,
    /// Added to every API request.
    pub latency: Duration,
    /// How long a retriggered delivery stays `pending`.
    pub delivery_delay: Duration,
    /// Probability that a retriggered delivery succeeds.
    pub delivery_success: f64,
    /// The instant the generated timestamps count back from (the last 30
    /// days before it). `None` means today's midnight UTC, so data is
    /// identical across runs of one day; fix it when a test needs more.
    pub anchor: Option<DateTime<Utc>>,
    /// How many CDRs `listCdrs` serves (calls started later come on top).
    /// Each is computed from the seed and its index when asked for, so a
    /// million cost no memory.
    pub cdrs: u64,
    /// How they spread over time and how they are served.
    pub cdr_layout: CdrLayout,
    /// With [`MockConfig::lost_reply_rate`]: how long after its answer is
    /// lost a request is applied. Zero (the default) applies it first, then
    /// loses the answer. Above zero the loss comes first (the reset, the
    /// gateway page, or the stall and its 504) and the request runs this
    /// much later, its own answer thrown away: the late commit of a request
    /// still queued upstream, which a client's read-back can overtake.
    /// Counted in `late_commits` of `/_mock/stats` once applied.
    pub commit_delay: Duration,
    /// At most this many items in any page of any list, whatever `limit`
    /// asks, as a server whose page cap is below the requested limit;
    /// `metadata.total` still counts every match (and a CDR page's
    /// `next_cursor` goes on from its last record). `None`: no cap but
    /// each list's own maximum.
    pub page_cap: Option<usize>,
    /// CDR pages' `metadata.total` is never above this, while
    /// `next_cursor` goes on to the last record: a capped or estimated
    /// total (the field is inferred). `None`: the true count.
    pub cdr_total_cap: Option<u64>,
    /// How far the server's clock is off: every time it stamps while it
    /// runs (a retriggered failure's `updated_at` and `last_attempt_at`,
    /// the end of its delivery, a paused campaign's `updated_at`, an
    /// import's time, a started call's start) is the real time plus this.
    /// The generated data does not move.
    pub clock_skew: TimeDelta,
    /// Real deliveries to a local endpoint; `None` (the default) keeps the
    /// simulated outcome of [`MockConfig::delivery_success`].
    pub webhook_delivery: Option<WebhookDelivery>,
}

impl Default for MockConfig {
    fn default() -> Self {
        Self {
            addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            seed: 42,
            failures: 250,
            keys: vec![ApiKey::demo()],
            rate_limit: 0,
            fault_rate: 0.0,
            lost_reply_rate: 0.0,
            lost_reply_stall: Duration::from_millis(2000),
            latency: Duration::ZERO,
            delivery_delay: Duration::from_millis(200),
            delivery_success: 0.8,
            anchor: None,
            cdrs: DEFAULT_CDRS,
            cdr_layout: CdrLayout::default(),
            commit_delay: Duration::ZERO,
            page_cap: None,
            cdr_total_cap: None,
            clock_skew: TimeDelta::zero(),
            webhook_delivery: None,
        }
    }
}

impl MockConfig {
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    pub fn failures(mut self, failures: usize) -> Self {
        self.failures = failures;
        self
    }

    /// Replaces the accepted keys.
    pub fn keys(mut self, keys: impl IntoIterator<Item = ApiKey>) -> Self {
        self.keys = keys.into_iter().collect();
        self
    }

    pub fn rate_limit(mut self, per_second: u32) -> Self {
        self.rate_limit = per_second;
        self
    }

    pub fn fault_rate(mut self, fraction: f64) -> Self {
        self.fault_rate = fraction;
        self
    }

    /// See [`MockConfig::lost_reply_rate`]: a fraction from 0 to 1.
    pub fn lost_reply_rate(mut self, fraction: f64) -> Self {
        self.lost_reply_rate = fraction;
        self
    }

    /// See [`MockConfig::lost_reply_stall`].
    pub fn lost_reply_stall(mut self, stall: Duration) -> Self {
        self.lost_reply_stall = stall;
        self
    }

    pub fn latency(mut self, latency: Duration) -> Self {
        self.latency = latency;
        self
    }

    pub fn delivery(mut self, delay: Duration, success: f64) -> Self {
        self.delivery_delay = delay;
        self.delivery_success = success;
        self
    }

    pub fn anchor(mut self, anchor: DateTime<Utc>) -> Self {
        self.anchor = Some(anchor);
        self
    }

    /// See [`MockConfig::cdrs`]: at most [`MAX_CDRS`].
    pub fn cdrs(mut self, cdrs: u64) -> Self {
        self.cdrs = cdrs;
        self
    }

    /// See [`CdrLayout`].
    pub fn cdr_layout(mut self, layout: CdrLayout) -> Self {
        self.cdr_layout = layout;
        self
    }

    /// See [`MockConfig::commit_delay`]: at most [`MAX_COMMIT_DELAY_MS`],
    /// and only with a lost reply rate above 0.
    pub fn commit_delay(mut self, delay: Duration) -> Self {
        self.commit_delay = delay;
        self
    }

    /// See [`MockConfig::page_cap`]: at least 1.
    pub fn page_cap(mut self, items: usize) -> Self {
        self.page_cap = Some(items);
        self
    }

    /// See [`MockConfig::cdr_total_cap`].
    pub fn cdr_total_cap(mut self, total: u64) -> Self {
        self.cdr_total_cap = Some(total);
        self
    }

    /// See [`MockConfig::clock_skew`]: within [`MAX_CLOCK_SKEW_S`] seconds
    /// either way.
    pub fn clock_skew(mut self, skew: TimeDelta) -> Self {
        self.clock_skew = skew;
        self
    }

    /// See [`WebhookDelivery`].
    pub fn webhook_delivery(mut self, delivery: WebhookDelivery) -> Self {
        self.webhook_delivery = Some(delivery);
        self
    }

    /// Checks what the types cannot: fractions in range, no duplicate
    /// tokens, fault flags that can take effect.
    pub fn validate(&self) -> Result<(), ConfigError> {
        fraction("fault-rate", self.fault_rate)?;
        fraction("lost-reply-rate", self.lost_reply_rate)?;
        fraction("delivery-success", self.delivery_success)?;
        fraction("cdr-disorder", self.cdr_layout.disorder)?;
        if self.failures > MAX_FAILURES {
            return Err(ConfigError::TooManyFailures(self.failures));
        }
        if self.cdrs > MAX_CDRS {
            return Err(ConfigError::TooManyCdrs(self.cdrs));
        }
        let delay_ms = u64::try_from(self.commit_delay.as_millis()).unwrap_or(u64::MAX);
        if delay_ms > MAX_COMMIT_DELAY_MS {
            return Err(ConfigError::CommitDelay(delay_ms));
        }
        if !self.commit_delay.is_zero() && self.lost_reply_rate == 0.0 {
            return Err(ConfigError::CommitDelayWithoutLoss);
        }
        if self.page_cap == Some(0) {
            return Err(ConfigError::PageCap);
        }
        if self.cdr_total_cap.is_some() && !self.cdr_layout.total {
            return Err(ConfigError::CdrTotalCapWithoutTotal);
        }
        let skew_s = self.clock_skew.num_seconds();
        if skew_s.abs() > MAX_CLOCK_SKEW_S {
            return Err(ConfigError::ClockSkew(skew_s));
        }
        if let Some(delivery) = &self.webhook_delivery {
            delivery.validate()?;
        }
        let mut seen = BTreeSet::new();
        for key in &self.keys {
            if !seen.insert(key.token()) {
                return Err(ConfigError::DuplicateKey(key.token().to_owned()));
            }
        }
        Ok(())
    }
}

fn fraction(name: &'static str, value: f64) -> Result<f64, ConfigError> {
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(ConfigError::Fraction { name, value })
    }
}

fn parse_fraction(name: &'static str, s: &str) -> Result<f64, String> {
    let value: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a number"))?;
    fraction(name, value).map_err(|e| e.to_string())
}

fn parse_failures(s: &str) -> Result<usize, String> {
    let n: usize = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a non-negative integer"))?;
    if n > MAX_FAILURES {
        return Err(ConfigError::TooManyFailures(n).to_string());
    }
    Ok(n)
}

fn parse_cdrs(s: &str) -> Result<u64, String> {
    let n: u64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a non-negative integer"))?;
    if n > MAX_CDRS {
        return Err(ConfigError::TooManyCdrs(n).to_string());
    }
    Ok(n)
}

fn parse_commit_delay(s: &str) -> Result<u64, String> {
    let n: u64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a whole number of milliseconds"))?;
    if n > MAX_COMMIT_DELAY_MS {
        return Err(ConfigError::CommitDelay(n).to_string());
    }
    Ok(n)
}

fn parse_page_cap(s: &str) -> Result<usize, String> {
    let n: usize = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a positive integer"))?;
    if n == 0 {
        return Err(ConfigError::PageCap.to_string());
    }
    Ok(n)
}

fn parse_clock_skew(s: &str) -> Result<i64, String> {
    let n: i64 = s
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a whole number of seconds (e.g. -10 or 10)"))?;
    if n.abs() > MAX_CLOCK_SKEW_S {
        return Err(ConfigError::ClockSkew(n).to_string());
    }
    Ok(n)
}

/// The flags of the `voiso-mock` binary. `voiso mock` flattens the same
/// struct, so both commands take identical flags.
#[derive(Debug, Clone, clap::Args)]
pub struct MockArgs {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Seed of the generated data.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Number of webhook failures to generate.
    #[arg(long, default_value_t = 250, value_parser = parse_failures)]
    pub failures: usize,
    /// Number of CDRs listCdrs serves, computed on demand (no memory cost).
    #[arg(long, default_value_t = DEFAULT_CDRS, value_parser = parse_cdrs)]
    pub cdrs: u64,
    /// How the CDRs spread over their 30 days: busy-hours (a contact center's
    /// week: busy weekday afternoons, quiet nights and weekends) or uniform.
    #[arg(long, value_enum, default_value_t = CdrShape::BusyHours)]
    pub cdr_shape: CdrShape,
    /// Fraction (0 to 1): the oldest this share of the CDRs is listed out of
    /// order (each pair of neighbours swapped), for testing a
    /// client's order checks.
    #[arg(long, default_value_t = 0.0, value_parser = |s: &str| parse_fraction("cdr-disorder", s))]
    pub cdr_disorder: f64,
    /// CDR pages carry no `metadata.total` (an inferred field).
    #[arg(long)]
    pub cdr_no_total: bool,
    /// A CDR offset at or past the last record is a 400 (the docs do not say
    /// whether it is).
    #[arg(long)]
    pub cdr_refuse_offset_past_end: bool,
    /// An accepted API key and its scopes (repeatable). Without any, the key
    /// `demo-key` has every scope of the spec's operations.
    #[arg(long = "key", value_name = "TOKEN:SCOPE[,SCOPE...]", value_parser = |s: &str| s.parse::<ApiKey>().map_err(|e| e.to_string()))]
    pub keys: Vec<ApiKey>,
    /// Requests per second per key; 0 turns rate limiting off.
    #[arg(long, default_value_t = 0)]
    pub rate_limit: u32,
    /// Fraction (0 to 1) of API requests answered 500, 502 or 503.
    #[arg(long, default_value_t = 0.0, value_parser = |s: &str| parse_fraction("fault-rate", s))]
    pub fault_rate: f64,
    /// Fraction (0 to 1) of API requests applied in full whose answer is then
    /// lost: a connection reset, a 502 or 504 HTML page, or a stall then a 504.
    #[arg(long, default_value_t = 0.0, value_parser = |s: &str| parse_fraction("lost-reply-rate", s))]
    pub lost_reply_rate: f64,
    /// Milliseconds a stalled lost reply waits before its 504.
    #[arg(long, default_value_t = 2000)]
    pub lost_reply_stall_ms: u64,
    /// Milliseconds added to every API request.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,
    /// Milliseconds a retriggered delivery stays pending.
    #[arg(long, default_value_t = 200)]
    pub delivery_delay_ms: u64,
    /// Probability (0 to 1) that a retriggered delivery succeeds.
    #[arg(long, default_value_t = 0.8, value_parser = |s: &str| parse_fraction("delivery-success", s))]
    pub delivery_success: f64,
    /// With --lost-reply-rate: a request whose answer is lost is applied
    /// this many milliseconds after the loss instead of before it (the late
    /// commit of a request still queued upstream, which a read-back can
    /// overtake). 0 applies it, then loses the answer.
    #[arg(long, value_name = "MS", default_value_t = 0, value_parser = parse_commit_delay)]
    pub commit_delay_ms: u64,
    /// Every list answers at most N items a page, whatever limit asks (a
    /// server whose page cap is below the limit); metadata.total stays true.
    #[arg(long, value_name = "N", value_parser = parse_page_cap)]
    pub page_cap: Option<usize>,
    /// CDR pages' metadata.total is never above N (a capped or estimated
    /// total) while next_cursor goes on to the last record.
    #[arg(long, value_name = "N")]
    pub cdr_total_cap: Option<u64>,
    /// The mock's clock is off by S seconds (e.g. -10 or 10): every time it
    /// stamps while running (a retriggered failure's updated_at, ...) is the
    /// real time plus S.
    #[arg(long, value_name = "S", default_value_t = 0, allow_negative_numbers = true, value_parser = parse_clock_skew)]
    pub clock_skew_s: i64,
    /// Deliver webhook events for real: every webhook points at this URL
    /// (http:// on 127.0.0.1, [::1] or localhost only). Without it, a
    /// retrigger's delivery is simulated (--delivery-success).
    #[arg(long, value_name = "URL", help_heading = "Webhook delivery")]
    pub webhook_url: Option<String>,
    /// With --webhook-url: how many call and message events to generate
    /// [default: 100].
    #[arg(long, value_name = "N", help_heading = "Webhook delivery")]
    pub events: Option<u64>,
    /// With --webhook-url: events generated per second [default: 10].
    #[arg(long, value_name = "R", help_heading = "Webhook delivery")]
    pub events_per_s: Option<f64>,
    /// With --webhook-url: the `secret` every event carries [default:
    /// demo-webhook-secret].
    #[arg(long, value_name = "S", help_heading = "Webhook delivery")]
    pub webhook_secret: Option<String>,
    /// With --webhook-url: an attempt without HTTP 200 within this many
    /// milliseconds failed (`Timeout`).
    #[arg(
        long,
        value_name = "MS",
        default_value_t = 5000,
        help_heading = "Webhook delivery"
    )]
    pub delivery_timeout_ms: u64,
    /// With --webhook-url: milliseconds between the automatic attempts of
    /// an event; after five failed ones it is an inactive failure (Voiso's
    /// 24-hour window, compressed) that only a retrigger resends.
    #[arg(
        long,
        value_name = "MS",
        default_value_t = 1000,
        help_heading = "Webhook delivery"
    )]
    pub retry_delay_ms: u64,
}

impl MockArgs {
    fn webhook_delivery(&self) -> Result<Option<WebhookDelivery>, ConfigError> {
        let Some(url) = &self.webhook_url else {
            for (given, flag) in [
                (self.events.is_some(), "--events"),
                (self.events_per_s.is_some(), "--events-per-s"),
                (self.webhook_secret.is_some(), "--webhook-secret"),
            ] {
                if given {
                    return Err(ConfigError::DeliveryWithoutUrl(flag));
                }
            }
            return Ok(None);
        };
        let defaults = WebhookDelivery::new(url.clone());
        Ok(Some(
            defaults
                .clone()
                .events(
                    self.events.unwrap_or(defaults.events),
                    self.events_per_s.unwrap_or(defaults.events_per_s),
                )
                .secret(self.webhook_secret.clone().unwrap_or(defaults.secret))
                .timeout(Duration::from_millis(self.delivery_timeout_ms))
                .retry_delay(Duration::from_millis(self.retry_delay_ms)),
        ))
    }

    /// The configuration these flags describe.
    pub fn into_config(self) -> Result<MockConfig, ConfigError> {
        let webhook_delivery = self.webhook_delivery()?;
        let keys = if self.keys.is_empty() {
            vec![ApiKey::demo()]
        } else {
            self.keys
        };
        let config = MockConfig {
            webhook_delivery,
            addr: self.addr,
            seed: self.seed,
            failures: self.failures,
            keys,
            rate_limit: self.rate_limit,
            fault_rate: self.fault_rate,
            lost_reply_rate: self.lost_reply_rate,
            lost_reply_stall: Duration::from_millis(self.lost_reply_stall_ms),
            latency: Duration::from_millis(self.latency_ms),
            delivery_delay: Duration::from_millis(self.delivery_delay_ms),
            delivery_success: self.delivery_success,
            anchor: None,
            cdrs: self.cdrs,
            cdr_layout: CdrLayout {
                shape: self.cdr_shape,
                disorder: self.cdr_disorder,
                total: !self.cdr_no_total,
                refuse_offset_past_end: self.cdr_refuse_offset_past_end,
            },
            commit_delay: Duration::from_millis(self.commit_delay_ms),
            page_cap: self.page_cap,
            cdr_total_cap: self.cdr_total_cap,
            clock_skew: TimeDelta::seconds(self.clock_skew_s),
        };
        config.validate()?;
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_flag_parses_token_and_scopes() {
        let key: ApiKey = "ro:tasks.webhooks.read".parse().unwrap();
        assert_eq!(key.token(), "ro");
        assert!(key.has_scope(SCOPE_READ));
        assert!(!key.has_scope(SCOPE_MANAGE));

        let key: ApiKey = "a:b:tasks.webhooks.read,tasks.webhooks.manage"
            .parse()
            .unwrap();
        assert_eq!(key.token(), "a:b");
        assert!(key.has_scope(SCOPE_MANAGE));
        assert_eq!(
            key.to_string(),
            "a:b:tasks.webhooks.manage,tasks.webhooks.read"
        );
    }

    #[test]
    fn key_flag_rejects_malformed_input() {
        for bad in [
            "nocolon",
            "tok:",
            ":tasks.webhooks.read",
            "tok:tasks.webhooks",
            "tok:tasks.webhooks.write",
            "tok:tasks.webhooks.read,",
            "tok:users",
            "tok:a.b.c.read",
            "tok:.read",
            "to k:tasks.webhooks.read",
            "tök:tasks.webhooks.read",
        ] {
            assert!(bad.parse::<ApiKey>().is_err(), "{bad} was accepted");
        }
        assert!("x:crm.contacts.read".parse::<ApiKey>().is_ok());
        assert!("x:users.read,campaigns.manage".parse::<ApiKey>().is_ok());
    }

    #[test]
    fn fault_flags_parse_and_refuse_clearly() {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            mock: MockArgs,
        }
        let parse = |args: &[&str]| {
            Cli::try_parse_from(std::iter::once("voiso-mock").chain(args.iter().copied()))
                .map(|cli| cli.mock)
        };
        let config = parse(&[
            "--lost-reply-rate",
            "0.5",
            "--commit-delay-ms",
            "300",
            "--page-cap",
            "50",
            "--cdr-total-cap",
            "1000",
            "--clock-skew-s",
            "-10",
        ])
        .unwrap()
        .into_config()
        .unwrap();
        assert_eq!(config.commit_delay, Duration::from_millis(300));
        assert_eq!(config.page_cap, Some(50));
        assert_eq!(config.cdr_total_cap, Some(1000));
        assert_eq!(config.clock_skew, TimeDelta::seconds(-10));
        let defaults = parse(&[]).unwrap().into_config().unwrap();
        assert_eq!(
            (
                defaults.commit_delay,
                defaults.page_cap,
                defaults.cdr_total_cap,
                defaults.clock_skew
            ),
            (Duration::ZERO, None, None, TimeDelta::zero())
        );
        for (args, says) in [
            (&["--page-cap", "0"][..], "page-cap must be at least 1"),
            (&["--clock-skew-s", "ten"], "whole number of seconds"),
            (
                &["--commit-delay-ms", "soon"],
                "whole number of milliseconds",
            ),
            (&["--commit-delay-ms", "600001"], "at most 600000"),
            (&["--clock-skew-s", "40000000"], "clock-skew-s must be from"),
        ] {
            let err = parse(args).err().unwrap().to_string();
            assert!(err.contains(says), "{args:?}: {err}");
        }
        let err = parse(&["--commit-delay-ms", "100"])
            .unwrap()
            .into_config()
            .unwrap_err();
        assert_eq!(err, ConfigError::CommitDelayWithoutLoss);
        let err = parse(&["--cdr-no-total", "--cdr-total-cap", "5"])
            .unwrap()
            .into_config()
            .unwrap_err();
        assert_eq!(err, ConfigError::CdrTotalCapWithoutTotal);
    }

    #[test]
    fn validate_rejects_out_of_range_and_duplicates() {
        assert!(MockConfig::default().validate().is_ok());
        assert!(MockConfig::default().fault_rate(1.5).validate().is_err());
        assert!(
            MockConfig::default()
                .fault_rate(f64::NAN)
                .validate()
                .is_err()
        );
        assert!(
            MockConfig::default()
                .lost_reply_rate(1.5)
                .validate()
                .is_err()
        );
        assert!(
            MockConfig::default()
                .lost_reply_rate(-0.1)
                .validate()
                .is_err()
        );
        assert!(
            MockConfig::default()
                .lost_reply_rate(1.0)
                .validate()
                .is_ok()
        );
        assert!(
            MockConfig::default()
                .delivery(Duration::ZERO, -0.1)
                .validate()
                .is_err()
        );
        let lossy = MockConfig::default().lost_reply_rate(0.5);
        assert!(
            lossy
                .clone()
                .commit_delay(Duration::from_millis(500))
                .validate()
                .is_ok()
        );
        assert_eq!(
            MockConfig::default()
                .commit_delay(Duration::from_millis(500))
                .validate(),
            Err(ConfigError::CommitDelayWithoutLoss)
        );
        assert_eq!(
            lossy.commit_delay(Duration::from_secs(601)).validate(),
            Err(ConfigError::CommitDelay(601_000))
        );
        assert_eq!(
            MockConfig::default().page_cap(0).validate(),
            Err(ConfigError::PageCap)
        );
        assert!(MockConfig::default().page_cap(1).validate().is_ok());
        let no_total = MockConfig::default().cdr_layout(CdrLayout {
            total: false,
            ..CdrLayout::default()
        });
        assert!(no_total.clone().validate().is_ok());
        assert_eq!(
            no_total.cdr_total_cap(10).validate(),
            Err(ConfigError::CdrTotalCapWithoutTotal)
        );
        for (skew, ok) in [(-10, true), (10, true), (MAX_CLOCK_SKEW_S + 1, false)] {
            let config = MockConfig::default().clock_skew(TimeDelta::seconds(skew));
            assert_eq!(config.validate().is_ok(), ok, "{skew}");
        }
        let dup = MockConfig::default().keys([ApiKey::demo(), ApiKey::demo()]);
        assert_eq!(
            dup.validate(),
            Err(ConfigError::DuplicateKey(DEFAULT_KEY.into()))
        );
    }

    #[test]
    fn delivery_flags_need_a_loopback_url() {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            mock: MockArgs,
        }
        let config = |args: &[&str]| {
            Cli::try_parse_from(std::iter::once("voiso-mock").chain(args.iter().copied()))
                .unwrap()
                .mock
                .into_config()
        };
        let on = config(&[
            "--webhook-url",
            "http://127.0.0.1:9/hook",
            "--events",
            "5",
            "--events-per-s",
            "2.5",
        ])
        .unwrap()
        .webhook_delivery
        .unwrap();
        assert_eq!((on.events, on.events_per_s), (5, 2.5));
        assert_eq!(on.timeout, Duration::from_millis(5000));
        assert!(config(&[]).unwrap().webhook_delivery.is_none());
        for url in ["http://localhost:1/", "http://[::1]:8/x"] {
            assert!(config(&["--webhook-url", url]).is_ok(), "{url}");
        }
        for url in [
            "https://127.0.0.1/",
            "http://example.com/",
            "http://10.0.0.1/",
            "nonsense",
        ] {
            assert_eq!(
                config(&["--webhook-url", url]).unwrap_err(),
                ConfigError::WebhookUrl(url.into())
            );
        }
        assert_eq!(
            config(&["--events", "3"]).unwrap_err(),
            ConfigError::DeliveryWithoutUrl("--events")
        );
        assert_eq!(
            config(&[
                "--webhook-url",
                "http://127.0.0.1:1/",
                "--events-per-s",
                "0"
            ])
            .unwrap_err(),
            ConfigError::EventsPerSecond(0.0)
        );
    }
}
