//! Retriggering many failures: bounded, adaptive concurrency, one outcome
//! per ID, and a summary.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::future::{self, BoxFuture, FutureExt, Shared};
use futures::stream::{self, BoxStream, Stream, StreamExt};
use tokio::time::Instant;

use crate::areas::webhook_failures::{BeforeSend, RetriggerState, Retriggered, WebhookFailures};
use crate::client::{Client, Inner};
use crate::error::Error;
use crate::ids::WebhookFailureId;
use crate::model::{WebhookFailure, WebhookFailureStatus};
use crate::pacing::Limiter;
use crate::retry::{backoff, retry_cost};
use crate::runtime::WriteStop;

/// How many 429s in a row one ID takes before it is reported as failed.
const RATE_LIMITED_ROUNDS: u32 = 30;

/// How many more times one ID is taken up after a call's own retries all
/// failed transiently (5xx, timeouts, resets). A bulk run should not fail an
/// ID over a few unlucky faults; its state carries over, so each round
/// still reads the failure before posting again after a lost answer.
const TRANSIENT_ROUNDS: u32 = 3;

/// The default of [`BulkRetrigger::item_timeout`].
const ITEM_TIMEOUT: Duration = Duration::from_secs(300);

impl WebhookFailures {
    /// Retriggers every ID, a few at a time; see [`BulkRetrigger`].
    ///
    /// Each item is an ID or a [`RetriggerTarget`] carrying the ID's state
    /// (a baseline from a listing, or what a journal says was sent). An ID
    /// given more than once is started once: its first target counts.
    pub fn retrigger_many<I>(&self, ids: I) -> BulkRetrigger
    where
        I: IntoIterator,
        I::Item: Into<RetriggerTarget> + 'static,
        I::IntoIter: Send + 'static,
    {
        BulkRetrigger::from_targets(self.client.clone(), ids.into_iter().map(Into::into))
    }

    /// Retriggers every failure a list filter matches; see [`BulkRetrigger`].
    pub fn retrigger_matching(&self, filter: RetriggerFilter) -> BulkRetrigger {
        BulkRetrigger::matching(self.client.clone(), filter)
    }
}

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

/// One ID to retrigger, with what is known of it so far.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetriggerTarget {
    /// The failure's ID.
    pub id: WebhookFailureId,
    /// Its write state (a baseline, or what a journal says was sent).
    pub state: RetriggerState,
}

impl RetriggerTarget {
    /// An ID with a state.
    pub fn new(id: WebhookFailureId, state: RetriggerState) -> Self {
        RetriggerTarget { id, state }
    }
}

impl From<WebhookFailureId> for RetriggerTarget {
    fn from(id: WebhookFailureId) -> Self {
        RetriggerTarget::new(id, RetriggerState::new())
    }
}

/// A listed failure: its `updated_at` is the baseline a read-back is
/// judged against.
impl From<&WebhookFailure> for RetriggerTarget {
    fn from(failure: &WebhookFailure) -> Self {
        RetriggerTarget::new(
            failure.id.clone(),
            RetriggerState::new().with_baseline(failure.updated_at),
        )
    }
}

/// What happened to one ID.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RetriggerOutcome {
    /// It went through (see [`Retriggered`] for how its delivery is doing).
    Retriggered(Retriggered),
    /// Nothing to send: it was already queued or delivered (read before the
    /// POST, or after Voiso refused it with 409).
    AlreadyPending,
    /// No such failure (404).
    NotFound,
    /// Anything else. Whether a POST may have gone through is
    /// [`RetriggerItem::is_certain`].
    Failed(Error),
    /// The `before_first_send` hook refused, so nothing was sent.
    NotSent(String),
}

/// One ID, its outcome, and its state at the end (for a journal).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RetriggerItem {
    /// The ID.
    pub id: WebhookFailureId,
    /// What happened to it.
    pub outcome: RetriggerOutcome,
    /// What was sent and learnt; hand it back in a later run.
    pub state: RetriggerState,
}

impl RetriggerItem {
    /// Whether the outcome is known for sure. It is not when the ID failed
    /// after a POST whose answer was lost and no read settled it: a later
    /// run must read before sending again (`RetriggerState::maybe_sent`).
    pub fn is_certain(&self) -> bool {
        match self.outcome {
            RetriggerOutcome::Failed(_) | RetriggerOutcome::NotSent(_) => {
                !self.state.outcome_unknown()
            }
            _ => true,
        }
    }
}

/// Counts of a bulk retrigger, and the IDs that failed with their errors.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct RetriggerSummary {
    /// Went through.
    pub retriggered: usize,
    /// Of those, how many had already failed again when last read.
    pub failed_again: usize,
    /// Refused with 409.
    pub already_pending: usize,
    /// Not found.
    pub not_found: usize,
    /// Failed, with why.
    pub failed: Vec<(WebhookFailureId, Error)>,
    /// Not sent because the `before_first_send` hook refused.
    pub not_sent: usize,
    /// For [`retrigger_matching`](crate::WebhookFailures::retrigger_matching):
    /// the listing failed, so some matching failures were never reached.
    pub list_error: Option<Error>,
}

impl RetriggerSummary {
    /// Counts one stream item.
    pub fn record(&mut self, item: &Result<RetriggerItem, Error>) {
        match item {
            Ok(RetriggerItem { outcome, id, .. }) => match outcome {
                RetriggerOutcome::Retriggered(how) => {
                    self.retriggered += 1;
                    if matches!(how, Retriggered::FailedAgain(_)) {
                        self.failed_again += 1;
                    }
                }
                RetriggerOutcome::AlreadyPending => self.already_pending += 1,
                RetriggerOutcome::NotFound => self.not_found += 1,
                RetriggerOutcome::Failed(error) => self.failed.push((id.clone(), error.clone())),
                RetriggerOutcome::NotSent(_) => self.not_sent += 1,
            },
            Err(error) => self.list_error = Some(error.clone()),
        }
    }

    /// IDs with an outcome.
    pub fn total(&self) -> usize {
        self.retriggered + self.already_pending + self.not_found + self.failed.len() + self.not_sent
    }

    /// Whether nothing failed (409 and 404 are not failures here).
    pub fn is_success(&self) -> bool {
        self.failed.is_empty() && self.not_sent == 0 && self.list_error.is_none()
    }
}

enum Source {
    Targets(BoxStream<'static, RetriggerTarget>),
    Matching(RetriggerFilter),
}

/// A bulk retrigger, ready to run. Built by
/// [`retrigger_many`](crate::WebhookFailures::retrigger_many) or
/// [`retrigger_matching`](crate::WebhookFailures::retrigger_matching).
///
/// Every ID it starts gets exactly one outcome, and none is retriggered
/// twice: after a lost answer an ID is read before it is sent again, in
/// this run or (through [`RetriggerItem::state`]) a later one. Under rate
/// limiting it paces itself and waits as `Retry-After` says rather than
/// failing IDs.
#[must_use = "a bulk retrigger does nothing until `stream` or `run`"]
pub struct BulkRetrigger {
    client: Client,
    source: Source,
    concurrency: usize,
    item_timeout: Duration,
    before_send: Option<Arc<BeforeSend>>,
    until: Option<BoxFuture<'static, ()>>,
}

impl std::fmt::Debug for BulkRetrigger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BulkRetrigger")
            .field("concurrency", &self.concurrency)
            .field("item_timeout", &self.item_timeout)
            .finish_non_exhaustive()
    }
}

impl BulkRetrigger {
    fn new(client: Client, source: Source) -> Self {
        BulkRetrigger {
            client,
            source,
            concurrency: 4,
            item_timeout: ITEM_TIMEOUT,
            before_send: None,
            until: None,
        }
    }

    pub(crate) fn from_targets<I>(client: Client, targets: I) -> Self
    where
        I: Iterator<Item = RetriggerTarget> + Send + 'static,
    {
        // Each distinct ID once: a second start of one ID would be a second
        // write judged against a state the first one is still changing.
        let mut started = HashSet::new();
        let distinct = targets.filter(move |target| started.insert(target.id.clone()));
        BulkRetrigger::new(client, Source::Targets(stream::iter(distinct).boxed()))
    }

    pub(crate) fn matching(client: Client, filter: RetriggerFilter) -> Self {
        BulkRetrigger::new(client, Source::Matching(filter))
    }

    /// At most this many retriggers at once (default 4).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// The most one ID may take over all its rounds (429 waits, transient
    /// errors, read-backs; default 5 minutes). Past it the ID fails with the
    /// last error met.
    pub fn item_timeout(mut self, timeout: Duration) -> Self {
        self.item_timeout = timeout;
        self
    }

    /// Runs `hook` right before an ID's first POST, and never again for
    /// that ID: a journal records the intent there, so that a crash between
    /// sending and recording the outcome is still known as "maybe sent". An
    /// `Err` keeps the POST from being sent; the ID's outcome is then
    /// [`RetriggerOutcome::NotSent`].
    pub fn before_first_send(
        mut self,
        hook: impl Fn(&WebhookFailureId, &RetriggerState) -> std::io::Result<()> + Send + Sync + 'static,
    ) -> Self {
        self.before_send = Some(Arc::new(hook));
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
    /// failed; the failures listed before it are still retriggered.
    pub fn stream(
        self,
    ) -> impl Stream<Item = Result<RetriggerItem, Error>> + Send + Unpin + 'static {
        let inner = self.client.inner.clone();
        let stop = self
            .until
            .unwrap_or_else(|| future::pending().boxed())
            .shared();
        let targets: BoxStream<'static, Result<RetriggerTarget, Error>> = match self.source {
            Source::Targets(targets) => targets.map(Ok).boxed(),
            Source::Matching(filter) => stream::once(pinned_listing(self.client.clone(), filter))
                .flat_map(stream::iter)
                .boxed(),
        };
        let limiter = Arc::new(Limiter::new(self.concurrency, inner.retry.max_delay));
        let item_timeout = self.item_timeout;
        let before_send = self.before_send;
        targets
            .take_until(stop.clone())
            .map(move |item| {
                let inner = inner.clone();
                let limiter = limiter.clone();
                let stop = stop.clone();
                let before_send = before_send.clone();
                async move {
                    match item {
                        Ok(target) => {
                            let job = Job {
                                inner,
                                limiter,
                                before_send,
                                item_timeout,
                            };
                            job.run(target, stop).await.map(Ok)
                        }
                        Err(error) => Some(Err(error)),
                    }
                }
            })
            // More IDs under way than requests: each request takes its slot
            // from the limiter, so an ID waiting out a backoff or a settle
            // interval holds none.
            .buffer_unordered(self.concurrency.saturating_mul(4))
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

/// Every failure the filter matches, from one listing pinned to the moment
/// it starts, before anything is retriggered: a retrigger moves a failure
/// out of (or back into) a status filter, which would shift the offsets of
/// a listing still in progress. Each carries its `updated_at` as baseline.
/// A listing error comes last, after what was listed before it.
async fn pinned_listing(
    client: Client,
    filter: RetriggerFilter,
) -> Vec<Result<RetriggerTarget, Error>> {
    let mut list = client
        .webhook_failures()
        .list()
        .created_before(filter.created_before.unwrap_or_else(Utc::now));
    if let Some(since) = filter.created_since {
        list = list.created_since(since);
    }
    let mut targets = Vec::new();
    let mut failures = list.stream();
    while let Some(item) = failures.next().await {
        match item {
            Ok(failure) => {
                if filter.status.as_ref().is_none_or(|s| &failure.status == s) {
                    targets.push(Ok(RetriggerTarget::from(&failure)));
                }
            }
            Err(error) => {
                targets.push(Err(error));
                break;
            }
        }
    }
    targets
}

/// What every ID of one bulk run shares.
struct Job {
    inner: Arc<Inner>,
    limiter: Arc<Limiter>,
    before_send: Option<Arc<BeforeSend>>,
    item_timeout: Duration,
}

impl Job {
    async fn run(
        self,
        target: RetriggerTarget,
        stop: Shared<BoxFuture<'static, ()>>,
    ) -> Option<RetriggerItem> {
        let RetriggerTarget { id, mut state } = target;
        let inner = &self.inner;
        let limiter = &self.limiter;
        // An ID starts when a request slot is free, so that a stop leaves
        // the IDs not started yet untouched.
        tokio::select! {
            biased;
            () = stop.clone() => return None,
            permit = limiter.acquire() => drop(permit),
        }
        // The budget starts when the ID does, not while it queues.
        let item_deadline = Instant::now() + self.item_timeout;
        let mut round = 0;
        let mut transient_rounds = 0;
        let result = loop {
            let deadline = item_deadline.min(inner.deadline());
            let (wait, last_error) = match inner
                .retrigger(
                    &id,
                    &mut state,
                    Some(limiter),
                    self.before_send.as_ref(),
                    deadline,
                )
                .await
            {
                Err(WriteStop::Api(error @ Error::RateLimited { .. }))
                    if round < RATE_LIMITED_ROUNDS =>
                {
                    round += 1;
                    // At least what the server asked for, and longer the
                    // more 429s in a row: `Retry-After: 0` must not become a
                    // busy loop.
                    let asked = error.retry_after().unwrap_or_default();
                    let asked = asked.min(inner.retry.max_delay);
                    let wait = backoff(&inner.retry, round, None, fastrand::f64()).max(asked);
                    (wait, error)
                }
                // The retry quota still rules: during an outage it runs dry
                // and every ID fails fast instead of being taken up again.
                Err(WriteStop::Api(error))
                    if error.is_retryable()
                        && transient_rounds < TRANSIENT_ROUNDS
                        && inner.quota.try_spend(retry_cost(&error)) =>
                {
                    transient_rounds += 1;
                    let after = inner.retry.max_attempts + transient_rounds;
                    (backoff(&inner.retry, after, None, fastrand::f64()), error)
                }
                other => break other,
            };
            if Instant::now() + wait >= item_deadline {
                break Err(WriteStop::Api(last_error));
            }
            tokio::select! {
                biased;
                // Stopped while waiting: this ID was touched, so it still
                // gets an outcome (the caller retries it later).
                () = stop.clone() => {
                    return Some(outcome_of(id, state, Err(WriteStop::Api(last_error))));
                }
                () = tokio::time::sleep(wait) => {}
            }
        };
        Some(outcome_of(id, state, result))
    }
}

fn outcome_of(
    id: WebhookFailureId,
    state: RetriggerState,
    result: Result<Retriggered, WriteStop>,
) -> RetriggerItem {
    let outcome = match result {
        Ok(Retriggered::AlreadyPending(_)) => RetriggerOutcome::AlreadyPending,
        Ok(how) => RetriggerOutcome::Retriggered(how),
        Err(WriteStop::Api(Error::NotFound { .. })) => RetriggerOutcome::NotFound,
        Err(WriteStop::Api(error)) => RetriggerOutcome::Failed(error),
        Err(WriteStop::NotSent(why)) => RetriggerOutcome::NotSent(why),
    };
    RetriggerItem { id, outcome, state }
}
