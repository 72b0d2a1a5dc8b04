//! Webhook failures: list, get, retrigger.

use std::future::Future;
use std::num::NonZeroU32;

use chrono::{DateTime, Utc};
use voiso_api::{Operation, types};

use crate::bulk::{BulkRetrigger, RetriggerFilter, RetriggerTarget};
use crate::client::{ApiResult, Deadline, Inner};
use crate::error::Error;
use crate::ids::{IntoId, WebhookFailureId};
use crate::model::WebhookFailure;
use crate::pacing::Limiter;
use crate::paging::{List, OffsetList, OrderOf};
use crate::writes::{BeforeSend, RetriggerState, Retriggered, WriteStop, went_through};

area! {
    /// Webhook failures of one client: see [`Client::webhook_failures`](crate::Client::webhook_failures).
    WebhookFailures
}

impl WebhookFailures {
    /// Lists failures, newest first. Needs `tasks.webhooks.read`.
    pub fn list(&self) -> ListWebhookFailures {
        List::new(self.client.clone(), FailureFilters::default())
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

/// A list of webhook failures, newest first: see [`List`]. Without
/// [`created_before`](List::created_before), a stream pins it to the moment
/// it starts, so failures created meanwhile cannot shift the pages.
pub type ListWebhookFailures = List<FailureList>;

/// The webhook-failure list, as the generic pager sees it.
#[derive(Debug)]
pub struct FailureList;

/// The filters of [`ListWebhookFailures`].
#[derive(Debug, Clone, Default)]
pub struct FailureFilters {
    created_since: Option<DateTime<Utc>>,
    created_before: Option<DateTime<Utc>>,
}

impl OffsetList for FailureList {
    type Item = WebhookFailure;
    type Filters = FailureFilters;
    type Response = types::WebhookFailureList;
    const OPERATION: Operation = Operation::ListWebhookFailures;
    const ORDER: Option<OrderOf<WebhookFailure>> = Some(|f| f.created_at);

    fn send(
        api: &voiso_api::Client,
        filters: &FailureFilters,
        limit: NonZeroU32,
        offset: i64,
    ) -> impl Future<Output = ApiResult<Self::Response>> + Send {
        let mut request = api.list_webhook_failures().limit(limit).offset(offset);
        if let Some(since) = filters.created_since {
            request = request.created_at_gte(since);
        }
        if let Some(before) = filters.created_before {
            request = request.created_at_lt(before);
        }
        request.send()
    }

    fn page(list: Self::Response) -> (Vec<WebhookFailure>, i64) {
        let items = list.webhook_failures.into_iter().map(Into::into).collect();
        (items, list.metadata.total)
    }

    type Key = WebhookFailureId;

    fn key(failure: &WebhookFailure) -> WebhookFailureId {
        failure.id.clone()
    }

    fn pin(filters: &mut FailureFilters) {
        filters.created_before.get_or_insert_with(Utc::now);
    }
}

impl List<FailureList> {
    /// Only failures created at or after `at`.
    pub fn created_since(mut self, at: DateTime<Utc>) -> Self {
        self.filters.created_since = Some(at);
        self
    }

    /// Only failures created strictly before `at`.
    pub fn created_before(mut self, at: DateTime<Utc>) -> Self {
        self.filters.created_before = Some(at);
        self
    }
}
