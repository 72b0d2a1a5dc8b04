//! Retriggering many failures: bounded, adaptive concurrency, one outcome
//! per ID, and a summary.

use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::future::{self, BoxFuture, FutureExt, Shared};
use futures::stream::{self, BoxStream, Stream, StreamExt};
use tokio::sync::Notify;
use tokio::time::Instant;

use crate::client::{Client, Inner};
use crate::error::Error;
use crate::ids::WebhookFailureId;
use crate::model::{WebhookFailure, WebhookFailureStatus};
use crate::pacing::Pacer;
use crate::retry::{backoff, retry_cost};

/// How many 429s in a row one ID takes before it is reported as failed.
const RATE_LIMITED_ROUNDS: u32 = 30;

/// How many more times one ID is taken up after a call's own retries all
/// failed transiently (5xx, timeouts, resets). A bulk run should not fail an
/// ID over a few unlucky faults; `outcome_unknown` carries over, so each
/// round still reads the failure before posting again.
const TRANSIENT_ROUNDS: u32 = 3;

/// A rate limiter's cuts come in bursts (every in-flight request sees the
/// same 429s); concurrency is halved at most once per this window.
const CUT_WINDOW: Duration = Duration::from_millis(250);

/// Which failures [`retrigger_matching`](crate::WebhookFailures::retrigger_matching) takes.
#[derive(Debug, Clone)]
pub struct RetriggerFilter {
    created_since: Option<DateTime<Utc>>,
    created_before: Option<DateTime<Utc>>,
    status: Option<WebhookFailureStatus>,
}

impl Default for RetriggerFilter {
    fn default() -> Self {
        RetriggerFilter {
            created_since: None,
            created_before: None,
            status: Some(WebhookFailureStatus::Inactive),
        }
    }
}

impl RetriggerFilter {
    /// Every inactive failure (the ones Voiso stopped retrying).
    pub fn new() -> Self {
        RetriggerFilter::default()
    }

    /// Only failures created at or after `at`.
    pub fn created_since(mut self, at: DateTime<Utc>) -> Self {
        self.created_since = Some(at);
        self
    }

    /// Only failures created strictly before `at`.
    pub fn created_before(mut self, at: DateTime<Utc>) -> Self {
        self.created_before = Some(at);
        self
    }

    /// Only failures with this status (default `inactive`); the API cannot
    /// filter by status, so this is checked on each listed failure.
    pub fn status(mut self, status: WebhookFailureStatus) -> Self {
        self.status = Some(status);
        self
    }

    /// Failures of any status.
    pub fn any_status(mut self) -> Self {
        self.status = None;
        self
    }
}

/// What happened to one ID.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RetriggerOutcome {
    /// Retriggered; the updated record.
    Retriggered(WebhookFailure),
    /// Voiso refused it in its current state (409): typically already pending.
    AlreadyPending,
    /// No such failure (404).
    NotFound,
    /// Anything else.
    Failed(Error),
}

/// One ID and its outcome.
#[derive(Debug, Clone)]
pub struct RetriggerItem {
    /// The ID.
    pub id: WebhookFailureId,
    /// What happened to it.
    pub outcome: RetriggerOutcome,
}

/// Counts of a bulk retrigger, and the IDs that failed with their errors.
#[derive(Debug, Clone, Default)]
pub struct RetriggerSummary {
    /// Retriggered.
    pub retriggered: usize,
    /// Refused with 409.
    pub already_pending: usize,
    /// Not found.
    pub not_found: usize,
    /// Failed, with why.
    pub failed: Vec<(WebhookFailureId, Error)>,
    /// For [`retrigger_matching`](crate::WebhookFailures::retrigger_matching):
    /// the listing failed, so some matching failures were never reached.
    pub list_error: Option<Error>,
}

impl RetriggerSummary {
    /// Counts one stream item.
    pub fn record(&mut self, item: &Result<RetriggerItem, Error>) {
        match item {
            Ok(RetriggerItem { outcome, id }) => match outcome {
                RetriggerOutcome::Retriggered(_) => self.retriggered += 1,
                RetriggerOutcome::AlreadyPending => self.already_pending += 1,
                RetriggerOutcome::NotFound => self.not_found += 1,
                RetriggerOutcome::Failed(error) => self.failed.push((id.clone(), error.clone())),
            },
            Err(error) => self.list_error = Some(error.clone()),
        }
    }

    /// IDs with an outcome.
    pub fn total(&self) -> usize {
        self.retriggered + self.already_pending + self.not_found + self.failed.len()
    }

    /// Whether nothing failed (409 and 404 are not failures here).
    pub fn is_success(&self) -> bool {
        self.failed.is_empty() && self.list_error.is_none()
    }
}

enum Source {
    Ids(BoxStream<'static, WebhookFailureId>),
    Matching(RetriggerFilter),
}

/// A bulk retrigger, ready to run. Built by
/// [`retrigger_many`](crate::WebhookFailures::retrigger_many) or
/// [`retrigger_matching`](crate::WebhookFailures::retrigger_matching).
///
/// Every ID it starts gets exactly one outcome. Under rate limiting it
/// waits as `Retry-After` says, halves its concurrency on 429 and grows it
/// back one step per round of successes, rather than failing IDs.
#[must_use = "a bulk retrigger does nothing until `stream` or `run`"]
pub struct BulkRetrigger {
    client: Client,
    source: Source,
    concurrency: usize,
    until: Option<BoxFuture<'static, ()>>,
}

impl std::fmt::Debug for BulkRetrigger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BulkRetrigger")
            .field("concurrency", &self.concurrency)
            .finish_non_exhaustive()
    }
}

impl BulkRetrigger {
    pub(crate) fn from_ids<I>(client: Client, ids: I) -> Self
    where
        I: Iterator<Item = WebhookFailureId> + Send + 'static,
    {
        BulkRetrigger {
            client,
            source: Source::Ids(stream::iter(ids).boxed()),
            concurrency: 4,
            until: None,
        }
    }

    pub(crate) fn matching(client: Client, filter: RetriggerFilter) -> Self {
        BulkRetrigger {
            client,
            source: Source::Matching(filter),
            concurrency: 4,
            until: None,
        }
    }

    /// At most this many retriggers at once (default 4).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Stops starting new IDs once `stop` completes (Ctrl-C, a deadline).
    /// Requests in flight finish and their outcomes are still yielded; IDs
    /// not started yet get no outcome.
    pub fn until(mut self, stop: impl Future<Output = ()> + Send + 'static) -> Self {
        self.until = Some(stop.boxed());
        self
    }

    /// The outcomes as they come (not in input order). An `Err` item means
    /// the listing of [`retrigger_matching`](crate::WebhookFailures::retrigger_matching)
    /// failed; the stream then ends after the IDs in flight.
    pub fn stream(
        self,
    ) -> impl Stream<Item = Result<RetriggerItem, Error>> + Send + Unpin + 'static {
        let inner = self.client.inner.clone();
        let stop = self
            .until
            .unwrap_or_else(|| future::pending().boxed())
            .shared();
        let ids: BoxStream<'static, Result<WebhookFailureId, Error>> = match self.source {
            Source::Ids(ids) => ids.map(Ok).boxed(),
            Source::Matching(filter) => {
                let mut list = self.client.webhook_failures().list();
                if let Some(since) = filter.created_since {
                    list = list.created_since(since);
                }
                if let Some(before) = filter.created_before {
                    list = list.created_before(before);
                }
                let wanted = filter.status;
                list.stream()
                    .filter_map(move |item| {
                        future::ready(match item {
                            Ok(failure) => match &wanted {
                                Some(status) if &failure.status != status => None,
                                _ => Some(Ok(failure.id)),
                            },
                            Err(error) => Some(Err(error)),
                        })
                    })
                    .boxed()
            }
        };
        let limiter = Arc::new(Limiter::new(self.concurrency, inner.retry.max_delay));
        ids.take_until(stop.clone())
            .map(move |item| {
                let inner = inner.clone();
                let limiter = limiter.clone();
                let stop = stop.clone();
                async move {
                    match item {
                        Ok(id) => retrigger_one(inner, limiter, id, stop).await.map(Ok),
                        Err(error) => Some(Err(error)),
                    }
                }
            })
            .buffer_unordered(self.concurrency)
            .filter_map(future::ready)
            .boxed()
    }

    /// Runs to the end and returns the summary.
    pub async fn run(self) -> RetriggerSummary {
        let mut summary = RetriggerSummary::default();
        let mut items = self.stream();
        while let Some(item) = items.next().await {
            summary.record(&item);
        }
        summary
    }
}

async fn retrigger_one(
    inner: Arc<Inner>,
    limiter: Arc<Limiter>,
    id: WebhookFailureId,
    stop: Shared<BoxFuture<'static, ()>>,
) -> Option<RetriggerItem> {
    let mut permit = tokio::select! {
        biased;
        () = stop.clone() => return None,
        permit = limiter.acquire() => permit,
    };
    let mut outcome_unknown = false;
    let mut round = 0;
    let mut transient_rounds = 0;
    let result = loop {
        let (wait, last_error) = match inner
            .retrigger(&id, Some(&limiter), &mut outcome_unknown)
            .await
        {
            Err(error @ Error::RateLimited { .. }) if round < RATE_LIMITED_ROUNDS => {
                round += 1;
                // At least what the server asked for, and longer the more
                // 429s in a row: `Retry-After: 0` must not become a busy loop.
                let asked = match &error {
                    Error::RateLimited { retry_after } => retry_after.unwrap_or_default(),
                    _ => Duration::ZERO,
                };
                let asked = asked.min(inner.retry.max_delay);
                let wait = backoff(&inner.retry, round, None, rand::random::<f64>()).max(asked);
                (wait, error)
            }
            // The retry quota still rules: during an outage it runs dry and
            // every ID fails fast instead of being taken up again.
            Err(error)
                if error.is_retryable()
                    && transient_rounds < TRANSIENT_ROUNDS
                    && inner.quota.try_spend(retry_cost(&error)) =>
            {
                transient_rounds += 1;
                let after = inner.retry.max_attempts + transient_rounds;
                (
                    backoff(&inner.retry, after, None, rand::random::<f64>()),
                    error,
                )
            }
            other => break other,
        };
        // The slot goes back while waiting, so a reduced concurrency holds
        // for requests already started too.
        drop(permit);
        let resumed = tokio::select! {
            biased;
            // Stopped while waiting: this ID was touched, so it still gets
            // an outcome (the caller retries it later).
            () = stop.clone() => None,
            permit = async {
                tokio::time::sleep(wait).await;
                limiter.acquire().await
            } => Some(permit),
        };
        match resumed {
            Some(resumed) => permit = resumed,
            None => return Some(outcome_of(id, Err(last_error))),
        }
    };
    drop(permit);
    Some(outcome_of(id, result))
}

fn outcome_of(id: WebhookFailureId, result: Result<WebhookFailure, Error>) -> RetriggerItem {
    let outcome = match result {
        Ok(failure) => RetriggerOutcome::Retriggered(failure),
        Err(Error::Conflict { .. }) => RetriggerOutcome::AlreadyPending,
        Err(Error::NotFound { .. }) => RetriggerOutcome::NotFound,
        Err(error) => RetriggerOutcome::Failed(error),
    };
    RetriggerItem { id, outcome }
}

/// Adaptive concurrency (additive increase, multiplicative decrease), a
/// shared pause for `Retry-After`, and a request rate learnt from 429s.
#[derive(Debug)]
pub(crate) struct Limiter {
    max: usize,
    max_pause: Duration,
    state: Mutex<LimiterState>,
    changed: Notify,
}

#[derive(Debug)]
struct LimiterState {
    limit: usize,
    in_flight: usize,
    successes: usize,
    paused_until: Option<Instant>,
    last_cut: Option<Instant>,
    pacer: Pacer,
}

pub(crate) struct Permit {
    limiter: Arc<Limiter>,
}

impl Drop for Permit {
    fn drop(&mut self) {
        self.limiter.lock().in_flight -= 1;
        self.limiter.changed.notify_waiters();
    }
}

impl Limiter {
    pub(crate) fn new(max: usize, max_pause: Duration) -> Self {
        Limiter {
            max: max.max(1),
            max_pause,
            state: Mutex::new(LimiterState {
                limit: max.max(1),
                in_flight: 0,
                successes: 0,
                paused_until: None,
                last_cut: None,
                pacer: Pacer::new(Instant::now()),
            }),
            changed: Notify::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LimiterState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    #[cfg(test)]
    pub(crate) fn limit(&self) -> usize {
        self.lock().limit
    }

    pub(crate) async fn acquire(self: &Arc<Self>) -> Permit {
        loop {
            // Only the pause: the request's rate slot is taken by `ready`
            // right before each attempt.
            self.paused().await;
            let mut changed = pin!(self.changed.notified());
            changed.as_mut().enable();
            {
                let mut state = self.lock();
                if state.in_flight < state.limit {
                    state.in_flight += 1;
                    return Permit {
                        limiter: self.clone(),
                    };
                }
            }
            changed.await;
        }
    }

    /// Waits out a pause a 429's `Retry-After` asked for.
    async fn paused(&self) {
        loop {
            let until = self.lock().paused_until;
            match until {
                Some(until) if until > Instant::now() => tokio::time::sleep_until(until).await,
                _ => return,
            }
        }
    }

    /// Waits out a pause a 429's `Retry-After` asked for, then for this
    /// request's slot at the learnt rate.
    pub(crate) async fn ready(&self) {
        let mut slot = None;
        loop {
            let wait = {
                let mut state = self.lock();
                let now = Instant::now();
                match state.paused_until {
                    Some(until) if until > now => until,
                    _ => *slot.get_or_insert_with(|| state.pacer.reserve(now)),
                }
            };
            if wait <= Instant::now() {
                return;
            }
            tokio::time::sleep_until(wait).await;
        }
    }

    pub(crate) fn on_rate_limited(&self, retry_after: Option<Duration>) {
        let now = Instant::now();
        let mut state = self.lock();
        let was_pacing = state.pacer.is_pacing();
        state.pacer.on_rate_limited(now);
        if state
            .last_cut
            .is_none_or(|at| now.duration_since(at) >= CUT_WINDOW)
        {
            state.limit = (state.limit / 2).max(1);
            state.successes = 0;
            state.last_cut = Some(now);
            tracing::debug!(
                concurrency = state.limit,
                "rate limited: reducing concurrency"
            );
        }
        // Until a rate is learnt, everyone waits as Retry-After says. Once
        // pacing, the rate cut is the answer: the refused request still
        // waits its Retry-After, but the others keep their (slower) pace
        // rather than idling a whole second on every probe that overshoots.
        if let Some(wait) = retry_after.filter(|_| !was_pacing) {
            let until = now + wait.min(self.max_pause);
            state.paused_until = Some(state.paused_until.map_or(until, |p| p.max(until)));
        }
    }

    pub(crate) fn on_success(&self) {
        let mut state = self.lock();
        state.pacer.on_success(Instant::now());
        state.successes += 1;
        if state.successes >= state.limit && state.limit < self.max {
            state.limit += 1;
            state.successes = 0;
            drop(state);
            self.changed.notify_waiters();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn halves_on_429_once_per_burst_and_recovers() {
        let limiter = Limiter::new(8, Duration::from_secs(1));
        limiter.on_rate_limited(None);
        limiter.on_rate_limited(None);
        assert_eq!(limiter.limit(), 4, "one cut per burst");
        for _ in 0..4 {
            limiter.on_success();
        }
        assert_eq!(limiter.limit(), 5);
        for _ in 0..100 {
            limiter.on_success();
        }
        assert_eq!(limiter.limit(), 8, "never above the configured maximum");
    }

    #[tokio::test]
    async fn permits_are_bounded_by_the_limit() {
        let limiter = Arc::new(Limiter::new(2, Duration::from_secs(1)));
        let a = limiter.acquire().await;
        let _b = limiter.acquire().await;
        let third = tokio::time::timeout(Duration::from_millis(50), limiter.acquire()).await;
        assert!(third.is_err(), "a third permit must wait");
        drop(a);
        let third = tokio::time::timeout(Duration::from_millis(500), limiter.acquire()).await;
        assert!(third.is_ok());
    }

    #[tokio::test]
    async fn retry_after_pauses_everyone_but_never_beyond_the_cap() {
        let limiter = Arc::new(Limiter::new(2, Duration::from_millis(300)));
        limiter.on_rate_limited(Some(Duration::from_millis(150)));
        let started = Instant::now();
        let permit = limiter.acquire().await;
        assert!(started.elapsed() >= Duration::from_millis(150));
        drop(permit);
        limiter.on_rate_limited(Some(Duration::from_secs(3600)));
        let started = Instant::now();
        let _permit = limiter.acquire().await;
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
