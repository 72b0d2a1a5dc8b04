//! Webhook failures: list, get, retrigger.

use std::num::NonZeroU32;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use futures::stream::Stream;

use crate::bulk::{BulkRetrigger, RetriggerFilter, RetriggerTarget};
use crate::client::{Client, Deadline, Inner};
use crate::error::Error;
use crate::ids::{IntoId, WebhookFailureId};
use crate::model::{Page, WebhookFailure};
use crate::operation::Operation;
use crate::pacing::Limiter;
use crate::pagination::{Fetch, MAX_LIMIT, Pager, check_paging};
use crate::writes::{BeforeSend, RetriggerState, Retriggered, WriteStop, went_through};

/// Webhook failures of one client: see [`Client::webhook_failures`].
#[derive(Debug, Clone)]
pub struct WebhookFailures {
    client: Client,
}

impl WebhookFailures {
    pub(crate) fn new(client: Client) -> Self {
        WebhookFailures { client }
    }

    /// Lists failures, newest first. Needs `tasks.webhooks.read`.
    pub fn list(&self) -> ListWebhookFailures {
        ListWebhookFailures {
            client: self.client.clone(),
            created_since: None,
            created_before: None,
            limit: MAX_LIMIT,
            offset: 0,
            concurrency: 1,
        }
    }

    /// Gets one failure. Needs `tasks.webhooks.read`.
    pub async fn get(&self, id: impl IntoId<WebhookFailureId>) -> Result<WebhookFailure, Error> {
        let id = id.into_id()?;
        let inner = &self.client.inner;
        inner.get_failure(&id, None, inner.deadline()).await
    }

    /// Retriggers one failure. Needs `tasks.webhooks.manage` (and
    /// `tasks.webhooks.read` for the read-back after a lost answer).
    ///
    /// Safe to call after a timeout or a 5xx: when an answer is lost the
    /// next step is always a read of the failure, never a blind second POST,
    /// so a failure is retriggered at most once per call. The whole call,
    /// retries and reads included, ends within the client's
    /// [`operation_timeout`](crate::ClientBuilder::operation_timeout).
    pub async fn retrigger(&self, id: impl IntoId<WebhookFailureId>) -> Result<Retriggered, Error> {
        self.retrigger_with(id, &mut RetriggerState::new()).await
    }

    /// [`retrigger`](Self::retrigger) with the caller's state for this ID,
    /// so that what one call learnt (a lost answer, the time of the first
    /// POST) carries over to the next, also across processes.
    pub async fn retrigger_with(
        &self,
        id: impl IntoId<WebhookFailureId>,
        state: &mut RetriggerState,
    ) -> Result<Retriggered, Error> {
        let id = id.into_id()?;
        let inner = &self.client.inner;
        inner
            .retrigger(&id, state, None, None, inner.deadline())
            .await
            .map_err(WriteStop::into_error)
    }

    /// Retriggers every ID, a few at a time; see [`BulkRetrigger`].
    ///
    /// Each item is an ID or a [`RetriggerTarget`] carrying the ID's state
    /// (a baseline from a listing, or what a journal says was sent).
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

impl Inner {
    pub(crate) async fn get_failure(
        &self,
        id: &WebhookFailureId,
        gate: Option<&Limiter>,
        deadline: Deadline,
    ) -> Result<WebhookFailure, Error> {
        let envelope = self
            .call(
                Operation::GetWebhookFailure,
                Some(id.as_str()),
                gate,
                deadline,
                |api| {
                    api.get_webhook_failure()
                        .webhook_failure_id(id.generated().clone())
                        .send()
                },
            )
            .await?;
        Ok(envelope.webhook_failure.into())
    }

    /// One failure's retrigger, retried within `deadline`. After a lost
    /// answer the next step is a read (as a GET: its own scope, errors and
    /// trace), judged by [`went_through`]; `before_send` runs right before
    /// the ID's first POST, so a journal can record the intent first.
    pub(crate) async fn retrigger(
        &self,
        id: &WebhookFailureId,
        state: &mut RetriggerState,
        gate: Option<&Limiter>,
        before_send: Option<&BeforeSend>,
        deadline: Deadline,
    ) -> Result<Retriggered, WriteStop> {
        let op = Operation::RetriggerWebhookFailure;
        let mut attempt = 0;
        loop {
            if state.needs_read {
                let current = self.get_failure(id, gate, deadline).await?;
                state.needs_read = false;
                if went_through(state, &current.status, current.updated_at) {
                    tracing::debug!(
                        id = id.as_str(),
                        "an earlier attempt whose answer was lost went through"
                    );
                    return Ok(Retriggered::from_record(current));
                }
            }
            if state.first_sent_at.is_none() {
                state.first_sent_at = Some(Utc::now());
                if let Some(hook) = before_send
                    && let Err(e) = hook(id, state)
                {
                    state.first_sent_at = None;
                    return Err(WriteStop::NotSent(e.to_string()));
                }
            }
            attempt += 1;
            if let Some(gate) = gate {
                gate.ready().await;
            }
            let Some(timeout) = self.attempt_timeout(deadline) else {
                return Err(Error::Timeout.into());
            };
            let sent = self
                .api
                .retrigger_webhook_failure()
                .webhook_failure_id(id.generated().clone())
                .send();
            let error = match self
                .attempt(op, Some(id.as_str()), attempt, timeout, sent)
                .await
            {
                Ok(envelope) => {
                    self.on_success(gate);
                    state.needs_read = false;
                    return Ok(Retriggered::Accepted(envelope.webhook_failure.into()));
                }
                Err(error) => error,
            };
            match &error {
                // A 2xx whose body could not be read: Voiso acted.
                Error::Decode { status, .. } | Error::ResponseTooLarge { status, .. }
                    if status.is_success() =>
                {
                    self.on_success(gate);
                    state.needs_read = false;
                    return Ok(match self.get_failure(id, gate, deadline).await {
                        Ok(record) => Retriggered::from_record(record),
                        Err(_) => Retriggered::Unread,
                    });
                }
                // What conflicts may be our own attempt whose answer was lost.
                Error::Conflict { .. } if state.outcome_unknown => {
                    let current = self.get_failure(id, gate, deadline).await?;
                    if went_through(state, &current.status, current.updated_at) {
                        return Ok(Retriggered::from_record(current));
                    }
                    return Err(error.into());
                }
                _ => {}
            }
            if error.outcome_unknown() {
                state.answer_lost();
            }
            if self.on_rate_limited(gate, &error) {
                return Err(error.into());
            }
            match self.retry_delay(op, &error, attempt, deadline) {
                Some(delay) => tokio::time::sleep(delay).await,
                None => return Err(error.into()),
            }
        }
    }
}

/// A list of webhook failures: one page with [`send`](Self::send), all of
/// them with [`stream`](Self::stream).
#[derive(Debug, Clone)]
#[must_use = "a list does nothing until `send` or `stream`"]
pub struct ListWebhookFailures {
    client: Client,
    created_since: Option<DateTime<Utc>>,
    created_before: Option<DateTime<Utc>>,
    limit: u32,
    offset: i64,
    concurrency: usize,
}

impl ListWebhookFailures {
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

    /// Page size, 1 to 100 (default 100).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }

    /// Items to skip (default 0).
    pub fn offset(mut self, offset: i64) -> Self {
        self.offset = offset;
        self
    }

    /// For [`stream`](Self::stream): pages fetched at once once the total
    /// is known (default 1). Items still come in order; at most this many
    /// pages are held in memory.
    pub fn concurrency(mut self, pages: usize) -> Self {
        self.concurrency = pages.max(1);
        self
    }

    /// Fetches one page.
    pub async fn send(self) -> Result<Page<WebhookFailure>, Error> {
        check_paging(self.limit, self.offset)?;
        fetch_page(
            self.client.inner,
            self.created_since,
            self.created_before,
            self.offset,
            self.limit,
        )
        .await
    }

    /// Every matching failure, across pages, newest first, each once.
    ///
    /// Without [`created_before`](Self::created_before), the stream pins it
    /// to the moment it starts, so failures created meanwhile cannot shift
    /// the pages. It ends after a short or empty page or once the offset
    /// reaches the total, and yields an error (then ends) if the server
    /// repeats a page.
    pub fn stream(
        self,
    ) -> impl Stream<Item = Result<WebhookFailure, Error>> + Send + Unpin + 'static {
        let before = self.created_before.unwrap_or_else(Utc::now);
        let since = self.created_since;
        let inner = self.client.inner;
        let fetch: Fetch<WebhookFailure> = Arc::new(move |offset, limit| {
            Box::pin(fetch_page(
                inner.clone(),
                since,
                Some(before),
                offset,
                limit,
            ))
        });
        Pager::new(
            fetch,
            |f| f.id.as_str(),
            Some(|f: &WebhookFailure| f.created_at),
            self.limit,
            self.offset,
            self.concurrency,
        )
        .into_stream()
    }
}

async fn fetch_page(
    inner: Arc<Inner>,
    since: Option<DateTime<Utc>>,
    before: Option<DateTime<Utc>>,
    offset: i64,
    limit: u32,
) -> Result<Page<WebhookFailure>, Error> {
    let limit = NonZeroU32::new(limit)
        .ok_or_else(|| Error::InvalidArgument("limit must be at least 1".into()))?;
    let list = inner
        .call(
            Operation::ListWebhookFailures,
            None,
            None,
            inner.deadline(),
            |api| {
                let mut request = api.list_webhook_failures().limit(limit).offset(offset);
                if let Some(since) = since {
                    request = request.created_at_gte(since);
                }
                if let Some(before) = before {
                    request = request.created_at_lt(before);
                }
                request.send()
            },
        )
        .await?;
    Ok(Page {
        items: list
            .webhook_failures
            .into_iter()
            .map(WebhookFailure::from)
            .collect(),
        total: list.metadata.total,
        offset,
    })
}
