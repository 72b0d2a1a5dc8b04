//! The client, and the one loop every request goes through: attempt,
//! trace, map the error, decide, back off.

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::Instant;

use serde::de::DeserializeOwned;
use tracing::Instrument;
use voiso_api::ResponseValue;
use voiso_api::scope::{CallOptions, with_call_scope};
use voiso_api::types::ApiError;

use crate::bulk::Limiter;
use crate::config::ClientBuilder;
use crate::error::{Error, map_failure};
use crate::failures::WebhookFailures;
use crate::operation::Operation;
use crate::retry::{Decision, RetryPolicy, RetryQuota, backoff, decide, retry_cost};
use crate::webhooks::Webhooks;

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
    pub(crate) retry: RetryPolicy,
    pub(crate) quota: RetryQuota,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `VOISO_API_KEY` and `VOISO_CLUSTER_ID` or
    /// `VOISO_BASE_URL`.
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_lookup(|name| std::env::var(name).ok()).build()
    }

    /// The base URL requests go to (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Webhook failures: list, get, retrigger, bulk retrigger.
    pub fn webhook_failures(&self) -> WebhookFailures {
        WebhookFailures::new(self.clone())
    }

    /// Configured webhooks: list, get.
    pub fn webhooks(&self) -> Webhooks {
        Webhooks::new(self.clone())
    }
}

fn retry_after_hit(error: &Error) -> bool {
    matches!(error, Error::RateLimited { .. })
}

type ApiResult<R> = Result<ResponseValue<R>, voiso_api::Error<ApiError>>;

impl Inner {
    /// Runs one generated call with retries. `outcome_unknown` is set when an
    /// attempt failed in a way the server may still have acted on; `gate`
    /// paces bulk work under rate limiting.
    pub(crate) async fn call<'s, R, F, Fut>(
        &'s self,
        op: Operation,
        id: Option<&str>,
        gate: Option<&Limiter>,
        outcome_unknown: &mut bool,
        mut send: F,
    ) -> Result<R, Error>
    where
        R: DeserializeOwned,
        F: FnMut(&'s voiso_api::Client) -> Fut,
        Fut: Future<Output = ApiResult<R>>,
    {
        let mut attempt = 0;
        loop {
            attempt += 1;
            if let Some(gate) = gate {
                gate.ready().await;
            }
            match self.attempt(op, id, attempt, send(&self.api)).await {
                Ok(value) => {
                    self.quota.on_success();
                    if let Some(gate) = gate {
                        gate.on_success();
                    }
                    return Ok(value);
                }
                Err(error) => {
                    *outcome_unknown |= error.outcome_unknown();
                    let retry_after = match &error {
                        Error::RateLimited { retry_after } => {
                            if let Some(gate) = gate {
                                gate.on_rate_limited(*retry_after);
                            }
                            *retry_after
                        }
                        _ => None,
                    };
                    // Under a gate, 429 goes back to the bulk worker, which
                    // gives up its concurrency slot while it waits.
                    let handed_back = gate.is_some() && retry_after_hit(&error);
                    if handed_back
                        || decide(op, &error, attempt, self.retry.max_attempts) == Decision::GiveUp
                    {
                        return Err(error);
                    }
                    if !self.quota.try_spend(retry_cost(&error)) {
                        tracing::warn!(
                            operation = op.name(),
                            "retry quota exhausted: failing fast instead of retrying"
                        );
                        return Err(error);
                    }
                    let delay = backoff(&self.retry, attempt, retry_after, rand::random::<f64>());
                    tracing::debug!(
                        operation = op.name(),
                        attempt,
                        delay_ms = delay.as_millis() as u64,
                        error = %error,
                        "retrying"
                    );
                    tokio::time::sleep(delay).await;
                }
            }
        }
    }

    async fn attempt<R, Fut>(
        &self,
        op: Operation,
        id: Option<&str>,
        attempt: u32,
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
        let (result, meta) = with_call_scope(self.options.clone(), call)
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
