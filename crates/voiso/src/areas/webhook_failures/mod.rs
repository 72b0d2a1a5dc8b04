//! Webhook failures: list, get, retrigger.

mod retrigger;

use std::future::Future;
use std::num::NonZeroU32;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use voiso_api::{Operation, types};

use crate::client::{ApiResult, Client, Deadline, Inner};
use crate::error::Error;
use crate::ids::{IntoId, WebhookFailureId};
use crate::model::WebhookFailure;
use crate::pacing::Limiter;
use crate::paging::{List, OffsetList, OrderOf};
use crate::runtime::WriteStop;

pub(crate) use retrigger::BeforeSend;
pub use retrigger::{CLOCK_SKEW, RetriggerState, Retriggered};

area! {
    /// Webhook failures of one client: see [`Client::webhook_failures`](crate::Client::webhook_failures).
    WebhookFailures
}

impl Client {
    /// Webhook failures: list, get, retrigger, bulk retrigger.
    pub fn webhook_failures(&self) -> WebhookFailures {
        WebhookFailures::new(self.clone())
    }
}

/// What [`WebhookFailures::retrigger`] takes: an ID (the failure is then
/// read once before the POST, for a baseline), or a listed failure, whose
/// `updated_at` is the baseline already.
pub trait IntoRetrigger {
    /// The ID, and what is known of it.
    fn into_retrigger(self) -> Result<(WebhookFailureId, RetriggerState), Error>;
}

impl<T: IntoId<WebhookFailureId>> IntoRetrigger for T {
    fn into_retrigger(self) -> Result<(WebhookFailureId, RetriggerState), Error> {
        Ok((self.into_id()?, RetriggerState::new()))
    }
}

impl IntoRetrigger for &WebhookFailure {
    fn into_retrigger(self) -> Result<(WebhookFailureId, RetriggerState), Error> {
        Ok((
            self.id.clone(),
            RetriggerState::new().with_baseline(self.updated_at),
        ))
    }
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

    /// Retriggers one failure, given by ID or as listed. Needs
    /// `tasks.webhooks.manage` and `tasks.webhooks.read`.
    ///
    /// Exactly once, also when Voiso acts and its answer is lost: a failure
    /// given by ID is read first (its `updated_at` is the baseline; one
    /// already queued is [`Retriggered::AlreadyPending`], and nothing is
    /// sent), and after a lost answer the next step is always a read of the
    /// failure, never a blind second POST, after the client's
    /// [`settle_interval`](crate::ClientBuilder::settle_interval). The whole
    /// call ends within the client's
    /// [`operation_timeout`](crate::ClientBuilder::operation_timeout).
    pub async fn retrigger(&self, failure: impl IntoRetrigger) -> Result<Retriggered, Error> {
        let (id, mut state) = failure.into_retrigger()?;
        self.retrigger_with(id, &mut state).await
    }

    /// [`retrigger`](Self::retrigger) with the caller's state for this ID,
    /// so that what one call learnt (a baseline, a lost answer) carries over
    /// to the next, also across processes.
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
}

impl Inner {
    pub(crate) async fn get_failure(
        &self,
        id: &WebhookFailureId,
        gate: Option<&Arc<Limiter>>,
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
