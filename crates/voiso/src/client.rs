//! The client, built from a [`ClientBuilder`]'s settings, and one attempt:
//! send, trace, map the error (the loop around it is `runtime.rs`).

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use serde::de::DeserializeOwned;
use tracing::Instrument;
use voiso_api::ResponseValue;
use voiso_api::scope::{CallOptions, with_call_scope};
use voiso_api::types::ApiError;

use crate::config::ClientBuilder;
use crate::error::{ConfigError, Error, map_failure};
use crate::pacing::Limiter;
use crate::retry::{Decision, RetryPolicy, RetryQuota, backoff, decide, retry_cost};
use crate::target::Target;

/// A Voiso API client. Cheap to clone; clones share connections and the
/// retry quota.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) api: voiso_api::Client,
    pub(crate) base_url: String,
    pub(crate) options: Arc<CallOptions>,
    pub(crate) request_timeout: Duration,
    pub(crate) operation_timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) quota: RetryQuota,
    /// How long a read-back waits after an answer lost in flight.
    pub(crate) settle: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Client, ConfigError> {
        let settings = self.into_settings()?;
        let quota = RetryQuota::new(settings.retry.quota_capacity);
        Ok(Client {
            inner: Arc::new(Inner {
                api: voiso_api::Client::new_with_client(&settings.base_url, settings.http),
                base_url: settings.base_url,
                options: Arc::new(settings.options),
                request_timeout: settings.request_timeout,
                operation_timeout: settings.operation_timeout,
                retry: settings.retry,
                quota,
                settle: settings.settle,
            }),
        })
    }
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `VOISO_API_KEY` and `VOISO_CLUSTER_ID` or
    /// `VOISO_BASE_URL`.
    pub fn from_env() -> Result<Client, ConfigError> {
        ClientBuilder::from_lookup(|name| std::env::var(name).ok()).build()
    }

    /// The base URL requests go to (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The deadline each operation gets
    /// ([`ClientBuilder::operation_timeout`]).
    pub fn operation_timeout(&self) -> Duration {
        self.inner.operation_timeout
    }

    /// How long a write waits before reading back after an answer lost in
    /// flight ([`ClientBuilder::settle_interval`]).
    pub fn settle_interval(&self) -> Duration {
        self.inner.settle
    }
}

pub(crate) type ApiResult<R> = Result<ResponseValue<R>, voiso_api::Error<ApiError>>;

/// When an operation must be over, whatever it retries or reads back.
pub(crate) type Deadline = Instant;

impl Inner {
    /// The deadline of an operation that starts now.
    pub(crate) fn deadline(&self) -> Deadline {
        Instant::now() + self.operation_timeout
    }

    /// The timeout of one attempt: the request timeout, cut short by the
    /// operation's deadline. `None` when the deadline has passed.
    pub(crate) fn attempt_timeout(&self, deadline: Deadline) -> Option<Duration> {
        let left = deadline.saturating_duration_since(Instant::now());
        (!left.is_zero()).then(|| left.min(self.request_timeout))
    }

    /// How long to wait before attempt `attempt + 1` after `error`, or
    /// `None` to give up: not retryable, out of attempts, out of quota, or
    /// the wait would outlast the deadline.
    pub(crate) fn retry_delay(
        &self,
        op: Target<'_>,
        error: &Error,
        attempt: u32,
        deadline: Deadline,
    ) -> Option<Duration> {
        if decide(op.retry(), error, attempt, self.retry.max_attempts) == Decision::GiveUp {
            return None;
        }
        let delay = backoff(&self.retry, attempt, error.retry_after(), fastrand::f64());
        if Instant::now() + delay >= deadline {
            tracing::debug!(
                operation = op.name(),
                "the operation's deadline leaves no time for another attempt"
            );
            return None;
        }
        if !self.quota.try_spend(retry_cost(error)) {
            tracing::warn!(
                operation = op.name(),
                "retry quota exhausted: failing fast instead of retrying"
            );
            return None;
        }
        tracing::debug!(
            operation = op.name(),
            attempt,
            delay_ms = delay.as_millis() as u64,
            error = %error,
            "retrying"
        );
        Some(delay)
    }

    pub(crate) fn on_success(&self, gate: Option<&Limiter>) {
        self.quota.on_success();
        if let Some(gate) = gate {
            gate.on_success();
        }
    }

    /// Tells the gate about a 429; true when the error goes back to the
    /// bulk worker instead of being retried here.
    pub(crate) fn on_rate_limited(&self, gate: Option<&Limiter>, error: &Error) -> bool {
        match (gate, error) {
            (Some(gate), Error::RateLimited { retry_after }) => {
                gate.on_rate_limited(*retry_after);
                true
            }
            _ => false,
        }
    }

    pub(crate) async fn attempt<R, Fut>(
        &self,
        op: Target<'_>,
        id: Option<&str>,
        attempt: u32,
        timeout: Duration,
        call: Fut,
    ) -> Result<R, Error>
    where
        R: DeserializeOwned,
        Fut: Future<Output = ApiResult<R>>,
    {
        let span = tracing::info_span!(
            "voiso.request",
            operation = op.name(),
            method = op.method(),
            path = op.path(),
            id,
            attempt,
            status = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let (result, meta) = with_call_scope(self.options.clone(), Some(timeout), call)
            .instrument(span.clone())
            .await;
        let (status, outcome) = match result {
            Ok(value) => (Some(value.status()), Ok(value.into_inner())),
            Err(failure) => {
                let outcome = map_failure(failure, meta.as_ref(), op, id)
                    .instrument(span.clone())
                    .await;
                let status = meta
                    .map(|m| m.status)
                    .or_else(|| outcome.as_ref().err().and_then(Error::status));
                (status, outcome)
            }
        };
        let elapsed = started.elapsed();
        if let Some(status) = status {
            span.record("status", status.as_u16());
        }
        span.record("duration_ms", elapsed.as_secs_f64() * 1000.0);
        span.in_scope(|| match &outcome {
            Ok(_) => tracing::debug!("request succeeded"),
            Err(error) => tracing::debug!(error = %error, "request failed"),
        });
        outcome
    }
}
