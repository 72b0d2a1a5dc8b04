//! What a mock server is started with: [`MockConfig`] for the library,
//! [`MockArgs`] for the command line (the `voiso-mock` binary and `voiso mock`).

use std::collections::BTreeSet;
use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};

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

    /// Checks what the types cannot: fractions in range, no duplicate tokens.
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
}

impl MockArgs {
    /// The configuration these flags describe.
    pub fn into_config(self) -> Result<MockConfig, ConfigError> {
        let keys = if self.keys.is_empty() {
            vec![ApiKey::demo()]
        } else {
            self.keys
        };
        let config = MockConfig {
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
        let dup = MockConfig::default().keys([ApiKey::demo(), ApiKey::demo()]);
        assert_eq!(
            dup.validate(),
            Err(ConfigError::DuplicateKey(DEFAULT_KEY.into()))
        );
    }
}
