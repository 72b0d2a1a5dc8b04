//! When to retry, how long to wait, and when to stop retrying altogether.
//!
//! The decision is a pure function of (operation, outcome, attempt) so a
//! table of tests can pin it; the waiting and the quota are applied by the
//! caller.

use std::sync::Mutex;
use std::time::Duration;

use crate::error::Error;
use voiso_api::RetryClass;

/// How a client retries: start from [`RetryPolicy::default`] (or
/// [`RetryPolicy::none`]) and change what you need with the `with_*`
/// setters. The fields are private so that a new knob is not a breaking
/// change.
///
/// ```
/// use std::time::Duration;
/// let policy = voiso::RetryPolicy::default()
///     .with_max_attempts(5)
///     .with_max_delay(Duration::from_secs(10));
/// assert_eq!(policy.max_attempts(), 5);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    pub(crate) max_attempts: u32,
    pub(crate) base_delay: Duration,
    pub(crate) max_delay: Duration,
    pub(crate) quota_capacity: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(20),
            quota_capacity: 500,
        }
    }
}

impl RetryPolicy {
    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Attempts per call, the first included (1 disables retries; 0 is
    /// taken as 1). Default 3.
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The first backoff's upper bound; each retry doubles it. Default 200 ms.
    pub fn with_base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// No wait exceeds this, `Retry-After` included. Default 20 s.
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Tokens in the retry quota shared by all calls of a client. A retry
    /// spends tokens and a success earns one back, so during an outage the
    /// quota runs dry and calls fail fast instead of piling up retries.
    /// Default 500.
    pub fn with_quota_capacity(mut self, tokens: u32) -> Self {
        self.quota_capacity = tokens;
        self
    }

    /// Attempts per call, the first included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The first backoff's upper bound.
    pub fn base_delay(&self) -> Duration {
        self.base_delay
    }

    /// The longest wait between attempts.
    pub fn max_delay(&self) -> Duration {
        self.max_delay
    }

    /// Tokens in the client's retry quota.
    pub fn quota_capacity(&self) -> u32 {
        self.quota_capacity
    }
}

/// What to do after an attempt failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Try again (after a backoff).
    Retry,
    /// Hand the error to the caller.
    GiveUp,
}

/// Whether attempt number `attempt` (1-based) that failed with `error`
/// should be followed by another, by the operation's retry class (the
/// spec's `x-voiso-retry`).
///
/// Repeating is safe for `idempotent` and `deduplicated` operations, and for
/// `conflict-then-read` ones because the write loop reads before it sends
/// again after a lost answer. A `never` operation is repeated only when the
/// first attempt surely did nothing: no connection, or a 429.
pub(crate) fn decide(
    class: RetryClass,
    error: &Error,
    attempt: u32,
    max_attempts: u32,
) -> Decision {
    // A deduplicated write is resent until it is answered: a repeat is
    // harmless, so only the deadline and the quota (the caller's) end it.
    if attempt >= max_attempts && class != RetryClass::Deduplicated {
        return Decision::GiveUp;
    }
    let retryable = match class {
        RetryClass::Idempotent | RetryClass::ConflictThenRead | RetryClass::Deduplicated => {
            error.is_retryable()
        }
        // `never`, and a class a later spec adds: repeated only when the
        // first attempt surely did nothing.
        _ => !error.outcome_unknown() && error.is_retryable(),
    };
    if retryable {
        Decision::Retry
    } else {
        Decision::GiveUp
    }
}

/// How long to wait before attempt `attempt + 1`. `jitter` is in `[0, 1)`:
/// full jitter spreads clients that failed together. A `Retry-After` wins
/// over the backoff but never exceeds `max_delay`.
pub(crate) fn backoff(
    policy: &RetryPolicy,
    attempt: u32,
    retry_after: Option<Duration>,
    jitter: f64,
) -> Duration {
    if let Some(wait) = retry_after {
        return wait.min(policy.max_delay);
    }
    let exponent = attempt.saturating_sub(1).min(30);
    let ceiling = policy
        .base_delay
        .saturating_mul(1u32 << exponent)
        .min(policy.max_delay);
    ceiling.mul_f64(jitter.clamp(0.0, 1.0))
}

/// What a retry costs from the quota. Timeouts cost more: they tie up a
/// connection for the whole timeout. A 429 costs nothing: the server is up
/// and said when to come back.
pub(crate) fn retry_cost(error: &Error) -> u32 {
    match error {
        Error::RateLimited { .. } => 0,
        Error::Timeout => 10,
        _ => 5,
    }
}

/// A token bucket shared by every call of one client.
#[derive(Debug)]
pub(crate) struct RetryQuota {
    capacity: u32,
    tokens: Mutex<u32>,
}

impl RetryQuota {
    pub(crate) fn new(capacity: u32) -> Self {
        RetryQuota {
            capacity,
            tokens: Mutex::new(capacity),
        }
    }

    /// Takes `cost` tokens if there are enough.
    pub(crate) fn try_spend(&self, cost: u32) -> bool {
        let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        if *tokens >= cost {
            *tokens -= cost;
            true
        } else {
            false
        }
    }

    pub(crate) fn on_success(&self) {
        let mut tokens = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        *tokens = (*tokens + 1).min(self.capacity);
    }

    #[cfg(test)]
    pub(crate) fn tokens(&self) -> u32 {
        *self.tokens.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::StatusCode;
    use std::collections::BTreeMap;
    use voiso_api::Operation;

    fn server(status: u16) -> Error {
        Error::Server {
            status: StatusCode::from_u16(status).unwrap(),
            retry_after: None,
        }
    }

    #[test]
    fn decision_table() {
        use Decision::{GiveUp, Retry};
        use Operation::*;
        let rate = Error::RateLimited { retry_after: None };
        let cases: Vec<(Operation, Error, u32, Decision)> = vec![
            (GetWebhookFailure, Error::Timeout, 1, Retry),
            (GetWebhookFailure, Error::Timeout, 2, Retry),
            (GetWebhookFailure, Error::Timeout, 3, GiveUp),
            (ListWebhookFailures, rate.clone(), 1, Retry),
            (ListWebhooks, server(500), 1, Retry),
            (GetWebhook, server(502), 2, Retry),
            (GetWebhook, server(503), 1, Retry),
            (GetWebhook, server(504), 1, Retry),
            (GetWebhook, server(501), 1, GiveUp),
            (GetWebhook, server(505), 1, GiveUp),
            (GetWebhook, Error::Unauthorized, 1, GiveUp),
            (
                GetWebhook,
                Error::Forbidden {
                    scope: Some("tasks.webhooks.read"),
                    message: None,
                },
                1,
                GiveUp,
            ),
            (GetWebhook, Error::NotFound { what: "x".into() }, 1, GiveUp),
            (
                GetWebhook,
                Error::Validation {
                    status: StatusCode::BAD_REQUEST,
                    errors: BTreeMap::new(),
                },
                1,
                GiveUp,
            ),
            (
                GetWebhook,
                Error::Decode {
                    status: StatusCode::OK,
                    what: "x".into(),
                },
                1,
                GiveUp,
            ),
            (RetriggerWebhookFailure, Error::Timeout, 1, Retry),
            (RetriggerWebhookFailure, server(503), 2, Retry),
            (RetriggerWebhookFailure, server(503), 3, GiveUp),
            (RetriggerWebhookFailure, rate, 1, Retry),
            (
                RetriggerWebhookFailure,
                Error::Conflict {
                    errors: BTreeMap::new(),
                },
                1,
                GiveUp,
            ),
            (
                RetriggerWebhookFailure,
                Error::NotFound { what: "x".into() },
                1,
                GiveUp,
            ),
            (RetriggerWebhookFailure, Error::Unauthorized, 1, GiveUp),
            // Pausing is retried like retriggering; adding leads too (a
            // repeat's leads come back as duplicates).
            (PauseCampaign, server(502), 1, Retry),
            (PauseCampaign, Error::Timeout, 2, Retry),
            (AddCampaignLeads, Error::Timeout, 1, Retry),
            (AddCampaignLeads, server(503), 2, Retry),
            // ... and past the policy's attempts: the deadline ends it.
            (AddCampaignLeads, server(502), 3, Retry),
            (AddCampaignLeads, Error::Timeout, 30, Retry),
            (AddCampaignLeads, Error::Unauthorized, 1, GiveUp),
            // A call is never repeated after an unknown outcome: a phone
            // would ring twice. Only what surely did nothing is retried.
            (StartCall, Error::Timeout, 1, GiveUp),
            (StartCall, server(502), 1, GiveUp),
            (StartCall, server(503), 1, GiveUp),
            (
                StartCall,
                Error::RateLimited { retry_after: None },
                1,
                Retry,
            ),
            (ListCdrs, Error::Timeout, 1, Retry),
        ];
        for (op, error, attempt, want) in cases {
            assert_eq!(
                decide(op.retry(), &error, attempt, 3),
                want,
                "{op:?} {error:?} attempt {attempt}"
            );
        }
        assert_eq!(
            decide(Operation::GetWebhook.retry(), &Error::Timeout, 1, 1),
            GiveUp
        );
    }

    #[test]
    fn backoff_is_capped_exponential_full_jitter() {
        let policy = RetryPolicy {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(1),
            ..RetryPolicy::default()
        };
        assert_eq!(backoff(&policy, 1, None, 0.0), Duration::ZERO);
        assert_eq!(backoff(&policy, 1, None, 0.5), Duration::from_millis(50));
        assert_eq!(backoff(&policy, 3, None, 0.5), Duration::from_millis(200));
        assert_eq!(backoff(&policy, 10, None, 0.5), Duration::from_millis(500));
        assert_eq!(backoff(&policy, 40, None, 1.0), Duration::from_secs(1));
        assert_eq!(
            backoff(&policy, 1, Some(Duration::from_millis(700)), 0.1),
            Duration::from_millis(700)
        );
        assert_eq!(
            backoff(&policy, 1, Some(Duration::from_secs(90)), 0.1),
            Duration::from_secs(1)
        );
        // A 503's Retry-After is honoured like a 429's.
        let unavailable = Error::Server {
            status: StatusCode::SERVICE_UNAVAILABLE,
            retry_after: Some(Duration::from_millis(800)),
        };
        assert_eq!(
            backoff(&policy, 1, unavailable.retry_after(), 0.01),
            Duration::from_millis(800)
        );
    }

    #[test]
    fn quota_runs_dry_during_an_outage_and_refills_on_success() {
        let quota = RetryQuota::new(20);
        assert!(quota.try_spend(retry_cost(&server(503))));
        assert!(quota.try_spend(retry_cost(&Error::Timeout)));
        assert!(quota.try_spend(retry_cost(&server(503))));
        assert!(!quota.try_spend(retry_cost(&server(503))), "0 tokens left");
        assert!(quota.try_spend(retry_cost(&Error::RateLimited { retry_after: None })));
        for _ in 0..5 {
            quota.on_success();
        }
        assert_eq!(quota.tokens(), 5);
        assert!(quota.try_spend(5));
        for _ in 0..100 {
            quota.on_success();
        }
        assert_eq!(quota.tokens(), 20);
    }
}
